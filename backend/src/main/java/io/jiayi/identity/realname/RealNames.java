package io.jiayi.identity.realname;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.privacy.PersonalDataCipher;
import io.smallrye.mutiny.Uni;

/** Reads ID numbers and finds or records the people they belong to. */
@ApplicationScoped
public class RealNames {

    private final PersonRepository persons;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    public RealNames(PersonRepository persons, PersonalDataCipher cipher, Clock clock) {
        this.persons = persons;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The number as typed, checked, or a 400 naming {@code field}. */
    public ChineseIdNumber parse(String idNumber, String field) {
        try {
            return ChineseIdNumber.parse(idNumber, today());
        } catch (InvalidIdNumberException e) {
            throw ProblemException.invalidField(ProblemCode.INVALID_ID_NUMBER, field,
                    "field.idNumber." + e.reason().name());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String hashOf(ChineseIdNumber idNumber) {
        return cipher.lookupHash(idNumber.value());
    }

    public Uni<Person> find(ChineseIdNumber idNumber) {
        return persons.findByIdNumberHash(hashOf(idNumber));
    }

    /**
     * The person with this number, recorded if new. A name differing from the one on record is
     * refused without saying what is on record.
     */
    public Uni<Person> findOrRecord(ChineseIdNumber idNumber, String name) {
        return find(idNumber).flatMap(existing -> {
            if (existing == null) {
                return persons.persist(newPerson(idNumber, name));
            }
            if (!existing.name.equals(name)) {
                return Uni.createFrom().failure(new ProblemException(ProblemCode.REAL_NAME_MISMATCH));
            }
            return Uni.createFrom().item(existing);
        });
    }

    public String idNumberOf(Person person) {
        return idNumberOf(person.idNumberEncrypted);
    }

    /** The ID number from its stored (encrypted) form, for rows read without the entity. */
    public String idNumberOf(String stored) {
        return cipher.decrypt(stored);
    }

    private Person newPerson(ChineseIdNumber idNumber, String name) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.name = name;
        person.idNumberEncrypted = cipher.encrypt(idNumber.value());
        person.idNumberHash = hashOf(idNumber);
        person.birthDate = idNumber.birthDate();
        person.sex = idNumber.sex();
        person.createdAt = now;
        person.updatedAt = now;
        return person;
    }
}
