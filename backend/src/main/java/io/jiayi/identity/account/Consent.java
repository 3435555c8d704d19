package io.jiayi.identity.account;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A separate consent, recorded with the version of the text the resident accepted. */
@Entity
@Table(name = "consent")
public class Consent {

    public enum Purpose {
        /** 敏感个人信息: processing of health data, which PIPL asks a separate consent for. */
        HEALTH_DATA_PROCESSING
    }

    @Id
    public UUID id;

    @Column(name = "resident_account_id")
    public UUID residentAccountId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public String version;

    @Column(name = "granted_at")
    public OffsetDateTime grantedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
