package io.jiayi.signing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;

/** One request to sign: the resident alone or a household, with one doctor and one combination. */
@Entity
@Table(name = "signing_application")
public class SigningApplication {

    @Id
    public UUID id;

    @Column(name = "applicant_account_id")
    public UUID applicantAccountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id")
    public Doctor doctor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    public Institution centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_hospital_id")
    public Institution districtHospital;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_hospital_id")
    public Institution cityHospital;

    @Enumerated(EnumType.STRING)
    public SigningKind kind;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Column(name = "agreement_version")
    public String agreementVersion;

    @Column(name = "agreement_accepted_at")
    public OffsetDateTime agreementAcceptedAt;

    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;
}
