package io.jiayi.referral;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A referral between a community centre and a hospital, in either direction. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "resident_account_id")
    public UUID residentAccountId;

    @Column(name = "from_institution_id")
    public UUID fromInstitutionId;

    @Column(name = "to_institution_id")
    public UUID toInstitutionId;

    @Column(name = "to_department_id")
    public UUID toDepartmentId;

    @Column(name = "to_doctor_id")
    public UUID toDoctorId;

    @Column(name = "referring_doctor_id")
    public UUID referringDoctorId;

    @Column(name = "referring_account_id")
    public UUID referringAccountId;

    @Enumerated(EnumType.STRING)
    public ReferralPriority priority;

    /** Comma-separated {@link ReferralRequest}s. */
    public String requests;

    public String reason;

    public String diagnosis;

    public String icd10;

    @Column(name = "clinical_summary")
    public String clinicalSummary;

    @Column(name = "follow_up")
    public String followUp;

    @Enumerated(EnumType.STRING)
    public ReferralState state;

    @Column(name = "valid_until")
    public OffsetDateTime validUntil;

    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "exam_booking_id")
    public UUID examBookingId;

    @Column(name = "admission_requested_at")
    public OffsetDateTime admissionRequestedAt;

    @Column(name = "admission_note")
    public String admissionNote;

    public String outcome;

    @Column(name = "signing_offered")
    public boolean signingOffered;

    @Column(name = "visited_at")
    public OffsetDateTime visitedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Set<ReferralRequest> requested() {
        if (requests == null || requests.isBlank()) {
            return EnumSet.noneOf(ReferralRequest.class);
        }
        return Arrays.stream(requests.split(",")).map(ReferralRequest::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralRequest.class)));
    }

    /** The priorities its bookings carry: what it asks for, and admission once a hospital asked for it. */
    public String priorityFlags() {
        Set<ReferralRequest> flags = requested();
        if (admissionRequestedAt != null) {
            flags.add(ReferralRequest.ADMISSION);
        }
        return flags.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static String requestsText(Set<ReferralRequest> requests) {
        return EnumSet.copyOf(requests).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
