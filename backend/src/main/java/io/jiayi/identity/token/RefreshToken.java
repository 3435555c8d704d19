package io.jiayi.identity.token;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One link of a refresh-token family; only the token's hash is kept. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    public enum SubjectKind {
        RESIDENT, STAFF
    }

    @Id
    public UUID id;

    @Column(name = "family_id")
    public UUID familyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "token_hash", columnDefinition = "bpchar(64)") // char(64), as the catalogue names it for the schema check
    public String tokenHash;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
