package io.jiayi.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A third-party system registered by an administrator: an OAuth2 client with a secret (kept as a
 * bcrypt hash only), the scopes it was granted and, when bound, the one institution it acts for.
 */
@Entity
@Table(name = "partner_app")
public class PartnerApp {

    @Id
    public UUID id;

    /** Written only where the row is still as it was read (V15): a lost update is answered 409. */
    @Version
    @Column(name = "version")
    public long version;

    public String name;

    /** Null: the app acts district-wide (e.g. the city health cloud). */
    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "client_secret_hash")
    public String clientSecretHash;

    /** Values of {@link io.jiayi.common.security.Scope}, as tokens write them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    // text[], as PostgreSQL's catalogue names it: Hibernate's schema check (at every test start, and in
    // dev mode) compares the names and would take "text[]" for another type.
    @Column(columnDefinition = "_text")
    public String[] scopes;

    @Enumerated(EnumType.STRING)
    public PartnerAppStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "secret_rotated_at")
    public OffsetDateTime secretRotatedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public UUID revokedBy;
}
