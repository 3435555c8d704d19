package io.jiayi.signing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.identity.realname.PersonRepository;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.KeyPopulationTag;
import io.jiayi.signing.SigningStatus;
import io.jiayi.signing.TagStatus;
import io.jiayi.signing.repository.KeyPopulationTagRepository;
import io.jiayi.signing.repository.SigningRepository;
import io.jiayi.signing.rest.SigningModels.TagView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Key-population tags: residents declare conditions, doctors confirm or remove them; the age
 * groups come from the ID number and are never declared.
 */
@ApplicationScoped
public class KeyPopulations {

    private final KeyPopulationTagRepository tags;
    private final PersonRepository persons;
    private final SigningRepository signings;
    private final PatientAccess patientAccess;
    private final Clock clock;

    public KeyPopulations(KeyPopulationTagRepository tags, PersonRepository persons, SigningRepository signings,
            PatientAccess patientAccess, Clock clock) {
        this.tags = tags;
        this.persons = persons;
        this.signings = signings;
        this.patientAccess = patientAccess;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<TagView>> ofPatient(UUID accountId, UUID patientId) {
        return patientAccess.actFor(accountId, patientId).flatMap(acting -> views(patientId));
    }

    @WithTransaction
    public Uni<List<TagView>> declare(UUID accountId, UUID patientId, KeyPopulation tag) {
        refuseDerived(tag);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return patientAccess.actFor(accountId, patientId)
                .flatMap(acting -> lockTagsOf(patientId))
                .flatMap(locked -> tags.live(patientId, tag))
                .flatMap(existing -> existing != null ? Uni.createFrom().item(existing)
                        : tags.persist(newTag(patientId, tag, TagStatus.DECLARED, now, accountId)))
                .call(() -> tags.flush())
                .flatMap(saved -> views(patientId));
    }

    /** The doctor of the signing (or staff of its centre) confirms a tag, declared or not. */
    @WithTransaction
    public Uni<List<TagView>> confirm(Caller caller, UUID signingId, KeyPopulation tag) {
        refuseDerived(tag);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return careSide(caller, signingId).flatMap(personId -> lockTagsOf(personId)
                .flatMap(locked -> tags.live(personId, tag))
                .flatMap(existing -> {
                    KeyPopulationTag confirmed = existing != null ? existing
                            : newTag(personId, tag, TagStatus.CONFIRMED, null, null);
                    confirmed.status = TagStatus.CONFIRMED;
                    confirmed.decidedAt = now;
                    confirmed.decidedBy = caller.accountId();
                    confirmed.updatedAt = now;
                    return (existing != null ? Uni.createFrom().item(confirmed) : tags.persist(confirmed))
                            .call(() -> tags.flush()).flatMap(saved -> views(personId));
                }));
    }

    @WithTransaction
    public Uni<List<TagView>> remove(Caller caller, UUID signingId, KeyPopulation tag) {
        refuseDerived(tag);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return careSide(caller, signingId).flatMap(personId -> lockTagsOf(personId)
                .flatMap(locked -> tags.live(personId, tag))
                .flatMap(existing -> {
                    if (existing != null) {
                        existing.status = TagStatus.REMOVED;
                        existing.decidedAt = now;
                        existing.decidedBy = caller.accountId();
                        existing.updatedAt = now;
                    }
                    return tags.flush().flatMap(ignored -> views(personId));
                }));
    }

    /**
     * A person's tags change one request at a time, under the person's row lock: a tag declared twice
     * at once was inserted twice and the second met the one-live-tag index (a 500), and a confirmation
     * and a removal read side by side each wrote the tag back over the other.
     */
    private Uni<Void> lockTagsOf(UUID personId) {
        return persons.findById(personId, LockModeType.PESSIMISTIC_WRITE).replaceWithVoid();
    }

    @WithSession
    public Uni<List<TagView>> ofSigning(Caller caller, UUID signingId) {
        return careSide(caller, signingId).flatMap(this::views);
    }

    private Uni<UUID> careSide(Caller caller, UUID signingId) {
        return signings.find("from Signing s join fetch s.doctor d join fetch d.institution join fetch s.centre"
                + " where s.id = ?1", signingId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signing"))
                .invoke(signing -> SigningAccess.requireCareSide(caller, signing.doctor, signing.centre))
                .invoke(signing -> {
                    if (signing.status != SigningStatus.ACTIVE && signing.status != SigningStatus.PENDING) {
                        throw new ProblemException(ProblemCode.SIGNING_NOT_ACTIVE);
                    }
                })
                .map(signing -> signing.person.id);
    }

    private Uni<List<TagView>> views(UUID personId) {
        LocalDate today = LocalDate.now(clock);
        return persons.findById(personId)
                .flatMap(person -> tags.liveOf(personId).map(live -> SigningViews.tags(person, live, today)));
    }

    private static void refuseDerived(KeyPopulation tag) {
        if (tag.isDerived()) {
            throw new ProblemException(ProblemCode.KEY_POPULATION_DERIVED);
        }
    }

    private static KeyPopulationTag newTag(UUID personId, KeyPopulation tag, TagStatus status, OffsetDateTime declaredAt,
            UUID declaredBy) {
        KeyPopulationTag created = new KeyPopulationTag();
        created.id = UUID.randomUUID();
        created.personId = personId;
        created.tag = tag;
        created.status = status;
        created.declaredAt = declaredAt;
        created.declaredBy = declaredBy;
        created.updatedAt = declaredAt;
        return created;
    }
}
