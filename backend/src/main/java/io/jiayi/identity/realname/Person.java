package io.jiayi.identity.realname;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A real person, known by the ID number: a resident who registered their real name, or a family
 * member a resident added. Later features book, sign and report for people by this id.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    public String name;

    /** Encrypted; never leaves the service unmasked. */
    @Column(name = "id_number_enc", columnDefinition = "text")
    public String idNumberEncrypted;

    /** Keyed hash of the ID number, for lookups and uniqueness. */
    @Column(name = "id_number_hash", columnDefinition = "bpchar(64)") // char(64), as the catalogue names it for the schema check
    public String idNumberHash;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
