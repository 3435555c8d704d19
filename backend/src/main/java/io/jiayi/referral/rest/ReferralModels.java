package io.jiayi.referral.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.directory.rest.Refs;
import io.jiayi.followup.FollowUpCondition;
import io.jiayi.referral.Direction;
import io.jiayi.referral.ReferralPriority;
import io.jiayi.referral.ReferralRequest;
import io.jiayi.referral.ReferralState;

public final class ReferralModels {

    private ReferralModels() {
    }

    @Schema(name = "Diagnosis")
    public record Diagnosis(@NotBlank @Size(max = 500) @Schema(example = "原发性高血压 3 级，血压控制不佳") String text,
            @Size(max = 8) @Schema(example = "I10", description = "ICD-10, e.g. I10, E11.9, I25.103") String icd10) {
    }

    @Schema(name = "NewReferral", description = "An upward referral (上转) by the patient's active family doctor")
    public record NewReferral(@NotBlank @Schema(format = "uuid") String patientId,
            @NotBlank @Schema(format = "uuid") String toDepartmentId,
            @Schema(format = "uuid", description = "A named hospital doctor, optional") String toDoctorId,
            @NotNull ReferralPriority priority,
            @NotBlank @Size(max = 500) String reason,
            @NotNull @Valid Diagnosis diagnosis,
            @NotBlank @Size(max = 4000) String clinicalSummary,
            @NotEmpty @Schema(description = "What is asked for") Set<@NotNull ReferralRequest> requests) {
    }

    @Schema(name = "NewDownwardReferral", description = "A downward referral (下转) back to a community centre for recovery")
    public record NewDownwardReferral(@NotBlank @Schema(format = "uuid") String patientId,
            @NotBlank @Schema(format = "uuid", description = "The community centre") String toInstitutionId,
            @NotBlank @Size(max = 500) String reason,
            @NotNull @Valid Diagnosis diagnosis,
            @NotBlank @Size(max = 4000) @Schema(description = "Discharge or visit summary") String clinicalSummary,
            @NotBlank @Size(max = 2000) @Schema(description = "What the family doctor should follow up") String followUp) {
    }

    @Schema(name = "ReferralFollowUpPlans", description = "Conditions to follow up after a downward referral")
    public record FollowUpPlanRequest(@NotEmpty Set<@NotNull FollowUpCondition> conditions) {
    }

    @Schema(name = "ReferralSlotChoice")
    public record SlotChoice(@NotBlank @Schema(format = "uuid") String slotId) {
    }

    @Schema(name = "ReferralNote")
    public record Note(@NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "ReferralEvent", description = "One change: who, when, why")
    public record EventView(ReferralState fromState, ReferralState toState, String action,
            @Schema(format = "uuid") String actorAccountId, String actorRole, String reason, OffsetDateTime at) {
    }

    @Schema(name = "ReferralPatient")
    public record Patient(@Schema(format = "uuid") String patientId, @Schema(example = "张*") String name) {
    }

    @Schema(name = "Referral")
    public record ReferralView(@Schema(format = "uuid") String id, Direction direction, ReferralState state,
            ReferralPriority priority, List<ReferralRequest> requests, Patient patient,
            Refs.InstitutionRef fromInstitution, Refs.InstitutionRef toInstitution, Refs.DepartmentRef toDepartment,
            @Schema(description = "Upward: the hospital doctor asked for. Downward: the family doctor with the task")
            DoctorSummary toDoctor, DoctorSummary referringDoctor, String reason, Diagnosis diagnosis,
            String clinicalSummary, String followUp,
            @Schema(description = "Upward: until when it opens the referral pool") OffsetDateTime validUntil,
            @Schema(format = "uuid") String bookingId, @Schema(format = "uuid") String examBookingId,
            boolean admissionRequested, String admissionNote, String outcome,
            @Schema(description = "Downward, no active signing: the patient was offered signing at the centre")
            boolean signingOffered, OffsetDateTime visitedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Schema(description = "In the detail view only") List<EventView> history) {
    }

    @Schema(name = "ReferralSlot", description = "A slot a referral may take; referral-pool units first")
    public record SlotOffer(@Schema(format = "uuid") String slotId, @Schema(format = "uuid") String scheduleId,
            OffsetDateTime startsAt, OffsetDateTime endsAt, io.jiayi.booking.ClinicType clinicType,
            io.jiayi.booking.ExamModality examModality, DoctorSummary doctor, Refs.DepartmentRef department,
            String location, int referralRemaining, int publicRemaining) {
    }

    @Schema(name = "ReferralCounts", description = "Referrals by institution in the period")
    public record InstitutionCounts(Refs.InstitutionRef institution, long upSent, long upReceived, long downSent,
            long downReceived) {
    }

    @Schema(name = "ReferralPoolUse", description = "Referral units of slots in the period")
    public record PoolUse(@Schema(description = "Units reserved for referrals, released ones included") long reserved,
            @Schema(description = "Units booked through referrals") long used,
            @Schema(description = "Unused units moved to the public pool") long released) {
    }

    @Schema(name = "UrgentReferralTimeliness")
    public record UrgentSeen(long urgent, @Schema(description = "Visited within their window") long seenInWindow,
            @Schema(description = "seenInWindow / urgent, 0 when none") double share) {
    }

    @Schema(name = "ReferralStatistics")
    public record Statistics(java.time.LocalDate from, java.time.LocalDate to, List<InstitutionCounts> institutions,
            PoolUse referralPool, UrgentSeen urgent) {
    }
}
