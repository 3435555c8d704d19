package io.jiayi.signing.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.rest.Refs;
import io.jiayi.identity.realname.Sex;
import io.jiayi.signing.ActorKind;
import io.jiayi.signing.ApplicationStatus;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.SigningKind;
import io.jiayi.signing.SigningStatus;
import io.jiayi.signing.Smoking;
import io.jiayi.signing.TagStatus;
import io.jiayi.signing.TerminationReason;

/** Requests and views of family doctor signing. */
public final class SigningModels {

    private SigningModels() {
    }

    @Schema(name = "SigningRequest", description = "Sign the resident and/or managed members with one family doctor in the 1+1+1 combination.")
    public record SigningRequest(
            @NotBlank @Schema(format = "uuid") String doctorId,
            @NotBlank @Schema(format = "uuid", description = "A district hospital (区属医院)") String districtHospitalId,
            @NotBlank @Schema(format = "uuid", description = "A city hospital (市级医院)") String cityHospitalId,
            @NotEmpty @Size(max = 9) @Schema(maxItems = 9, description = "The resident's own patientId and/or active members'")
            List<@NotBlank String> patientIds,
            @NotNull @Valid Agreement agreement) {
    }

    @Schema(name = "SigningAgreement")
    public record Agreement(
            @NotBlank @Size(max = 32) @Schema(maxLength = 32, example = "2026-v1") String version,
            @NotNull @Schema(description = "Must be true") Boolean accepted) {
    }

    @Schema(name = "Termination")
    public record Termination(@NotNull TerminationReason reason,
            @Size(max = 500) @Schema(maxLength = 500) String note) {
    }

    @Schema(name = "Rejection")
    public record Rejection(@NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "超出服务范围") String reason) {
    }

    @Schema(name = "DoctorRef")
    public record DoctorRef(@Schema(format = "uuid") String id, @Schema(example = "王敏") String name, DoctorTitle title,
            Refs.TeamRef team) {
    }

    @Schema(name = "Signing")
    public record SigningView(
            @Schema(format = "uuid") String id,
            @Schema(format = "uuid") String applicationId,
            @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String patientName,
            SigningKind kind,
            SigningStatus status,
            DoctorRef doctor,
            Refs.InstitutionRef centre,
            Refs.InstitutionRef districtHospital,
            Refs.InstitutionRef cityHospital,
            LocalDate startsOn,
            LocalDate endsOn,
            OffsetDateTime endedAt,
            TerminationReason terminationReason) {
    }

    @Schema(name = "SigningApplication")
    public record ApplicationView(
            @Schema(format = "uuid") String id,
            ApplicationStatus status,
            SigningKind kind,
            DoctorRef doctor,
            Refs.InstitutionRef centre,
            Refs.InstitutionRef districtHospital,
            Refs.InstitutionRef cityHospital,
            @Schema(example = "2026-v1") String agreementVersion,
            OffsetDateTime appliedAt,
            OffsetDateTime expiresAt,
            OffsetDateTime decidedAt,
            String decisionReason,
            @Schema(maxItems = 9) List<ApplicationMember> members) {
    }

    @Schema(name = "SigningApplicationMember")
    public record ApplicationMember(@Schema(format = "uuid") String signingId, @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String name, @Schema(example = "310105********1234") String idNumber, Sex sex,
            int age, SigningKind kind, SigningStatus status) {
    }

    @Schema(name = "KeyPopulationTag")
    public record TagView(KeyPopulation tag, TagStatus status,
            @Schema(description = "Derived from age; never declared or confirmed") boolean derived,
            OffsetDateTime declaredAt, OffsetDateTime decidedAt) {
    }

    @Schema(name = "KeyPopulationDeclaration")
    public record Declaration(@NotNull KeyPopulation tag) {
    }

    @Schema(name = "PanelEntry")
    public record PanelEntry(
            @Schema(format = "uuid") String signingId,
            @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String name,
            @Schema(example = "310105********1234") String idNumber,
            Sex sex,
            int age,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean dueForRenewal,
            @Schema(maxItems = 20) List<TagView> keyPopulations) {
    }

    @Schema(name = "PanelCapacity")
    public record Capacity(int total, int used, int remaining) {
    }

    @Schema(name = "Panel", description = "A family doctor's signed residents, one page, with the panel's capacity.")
    public record PanelPage(@Schema(maxItems = 100) List<PanelEntry> items, int page, int size, long total, Capacity capacity) {
    }

    @Schema(name = "CapacityUpdate")
    public record CapacityUpdate(@NotNull @Min(0) @Max(10000) @Schema(minimum = "0", maximum = "10000") Integer capacity) {
    }

    @Schema(name = "FamilyDoctor", description = "A family doctor residents may sign with")
    public record FamilyDoctorView(
            @Schema(format = "uuid") String doctorId,
            @Schema(example = "王敏") String name,
            DoctorTitle title,
            @Schema(example = "全科医学、慢病管理") String specialty,
            Refs.TeamRef team,
            Refs.InstitutionRef centre,
            @Schema(example = "心脏康复") String signatureService,
            Capacity capacity) {
    }

    @Schema(name = "SigningEvent")
    public record EventView(OffsetDateTime at, ActorKind actorKind, @Schema(format = "uuid") String actorId,
            SigningStatus fromStatus, SigningStatus toStatus, String reason) {
    }

    @Schema(name = "HealthAssessmentRequest")
    public record AssessmentRequest(
            @DecimalMin("30.0") @DecimalMax("250.0") @Schema(minimum = "30", maximum = "250", example = "168.0") BigDecimal heightCm,
            @DecimalMin("1.0") @DecimalMax("400.0") @Schema(minimum = "1", maximum = "400", example = "70.5") BigDecimal weightKg,
            @Min(50) @Max(300) @Schema(minimum = "50", maximum = "300", example = "132") Integer systolicMmhg,
            @Min(30) @Max(200) @Schema(minimum = "30", maximum = "200", example = "84") Integer diastolicMmhg,
            @DecimalMin("1.0") @DecimalMax("40.0") @Schema(minimum = "1", maximum = "40", example = "6.1") BigDecimal fastingGlucoseMmol,
            Smoking smoking,
            @Size(max = 2000) @Schema(maxLength = 2000) String notes) {
    }

    @Schema(name = "HealthAssessment")
    public record AssessmentView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String signingId,
            OffsetDateTime assessedAt, BigDecimal heightCm, BigDecimal weightKg, BigDecimal bmi, Integer systolicMmhg,
            Integer diastolicMmhg, BigDecimal fastingGlucoseMmol, Smoking smoking, String notes) {
    }

    @Schema(name = "ManagementPlanRequest")
    public record PlanRequest(
            @NotBlank @Size(max = 2000) @Schema(maxLength = 2000, example = "控制血压，低盐饮食，每季度随访") String summary,
            @NotNull @Size(max = 20) @Schema(maxItems = 20) List<@Valid PlanItem> items) {
    }

    @Schema(name = "ManagementPlanItem")
    public record PlanItem(@NotNull KeyPopulation condition,
            @NotNull @Min(0) @Max(52) @Schema(minimum = "0", maximum = "52", example = "4") Integer followUpsPerYear,
            @Size(max = 1000) @Schema(maxLength = 1000) String goals) {
    }

    @Schema(name = "ManagementPlan")
    public record PlanView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String signingId, String summary,
            OffsetDateTime createdAt, @Schema(maxItems = 20) List<PlanItem> items) {
    }
}
