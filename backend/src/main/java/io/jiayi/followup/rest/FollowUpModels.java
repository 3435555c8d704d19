package io.jiayi.followup.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.followup.AlertLevel;
import io.jiayi.followup.AlertStatus;
import io.jiayi.followup.Channel;
import io.jiayi.followup.FollowUpCondition;
import io.jiayi.followup.FollowUpState;
import io.jiayi.followup.GlucoseTiming;
import io.jiayi.followup.MeasurementKind;
import io.jiayi.followup.MeasurementSource;
import io.jiayi.followup.PlanSource;
import io.jiayi.followup.PlanStatus;
import io.jiayi.followup.QuestionType;
import io.jiayi.followup.Reading;

/** Requests and views of follow-ups (在线随访), readings and alerts. */
public final class FollowUpModels {

    private FollowUpModels() {
    }

    // --- Forms -----------------------------------------------------------------------------

    @Schema(name = "FollowUpFormOption")
    public record OptionView(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$", message = "{jiayi.followup.code.pattern}")
            @Schema(maxLength = 40, pattern = "^[A-Z][A-Z0-9_]{0,39}$", example = "REGULAR") String code,
            @NotBlank @Size(max = 200) @Schema(maxLength = 200, example = "规律服药") String label) {
    }

    @Schema(name = "FollowUpQuestion", description = "A typed question. NUMBER: unit, min, max, decimals (and the "
            + "reading it is, for the timeline and alerts); SINGLE_CHOICE and MULTIPLE_CHOICE: options; TEXT: maxLength; "
            + "DATE: not in the future unless allowFuture.")
    public record QuestionView(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[a-z][A-Za-z0-9]{0,39}$", message = "{jiayi.followup.question.pattern}")
            @Schema(maxLength = 40, pattern = "^[a-z][A-Za-z0-9]{0,39}$", example = "systolic") String code,
            @NotBlank @Size(max = 200) @Schema(maxLength = 200, example = "收缩压") String label,
            @NotNull QuestionType type,
            @Schema(defaultValue = "false") Boolean required,
            @Size(max = 16) @Schema(maxLength = 16, example = "mmHg") String unit,
            @Schema(example = "60") BigDecimal min,
            @Schema(example = "300") BigDecimal max,
            @Min(0) @Max(3) @Schema(minimum = "0", maximum = "3", example = "0") Integer decimals,
            @Min(1) @Max(2000) @Schema(minimum = "1", maximum = "2000") Integer maxLength,
            @Schema(defaultValue = "false") Boolean allowFuture,
            Reading reading,
            @Size(max = 30) @Schema(maxItems = 30) List<@Valid OptionView> options) {
    }

    @Schema(name = "FollowUpForm", description = "One published version of a form; it never changes")
    public record FormView(@Schema(format = "uuid") String id, @Schema(example = "HYPERTENSION") String code,
            @Schema(example = "1") int version, @Schema(example = "高血压患者随访表") String title,
            OffsetDateTime publishedAt, @Schema(maxItems = 60) List<QuestionView> questions) {
    }

    @Schema(name = "NewFollowUpFormVersion", description = "The next version of a form (or the first of a new code)")
    public record NewFormVersion(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$", message = "{jiayi.followup.code.pattern}")
            @Schema(maxLength = 40, pattern = "^[A-Z][A-Z0-9_]{0,39}$", example = "HYPERTENSION") String code,
            @NotBlank @Size(max = 200) @Schema(maxLength = 200) String title,
            @NotEmpty @Size(max = 60) @Schema(maxItems = 60) List<@NotNull @Valid QuestionView> questions) {
    }

    // --- Plans -----------------------------------------------------------------------------

    @Schema(name = "NewFollowUpPlan", description = "A follow-up plan for a signed resident of the doctor's panel")
    public record NewPlan(
            @NotBlank @Schema(format = "uuid") String patientId,
            @NotNull FollowUpCondition condition,
            @Min(7) @Max(366) @Schema(minimum = "7", maximum = "366", example = "90",
                    description = "Days between follow-ups; default and longest allowed come from the condition's settings")
            Integer intervalDays,
            @Schema(description = "First due date, today or later; default today plus the interval") LocalDate firstDueOn,
            @Schema(description = "Last day a follow-up may fall due; default a year after the first") LocalDate until) {
    }

    @Schema(name = "FollowUpPlansFromManagementPlan")
    public record FromManagementPlan(
            @NotBlank @Schema(format = "uuid") String patientId,
            @Schema(description = "First due date of every plan made; default today plus each plan's interval")
            LocalDate firstDueOn) {
    }

    @Schema(name = "FollowUpFormRef")
    public record FormRef(@Schema(format = "uuid") String id, @Schema(example = "HYPERTENSION") String code,
            @Schema(example = "1") int version) {
    }

    @Schema(name = "FollowUpSummary", description = "A due follow-up: its window (both days inclusive) and state "
            + "(UPCOMING, DUE while the window is open, OVERDUE once it closed unanswered, ANSWERED, CANCELLED)")
    public record FollowUpSummary(@Schema(format = "uuid") String id, @Schema(format = "uuid") String planId,
            @Schema(format = "uuid") String patientId, @Schema(example = "张三") String patientName,
            FollowUpCondition condition, @Schema(example = "1") int seq, LocalDate dueOn, LocalDate opensOn,
            LocalDate closesOn, FollowUpState state, FormRef form, OffsetDateTime answeredAt, Channel channel) {
    }

    @Schema(name = "FollowUpPlan")
    public record PlanView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String patientId,
            FollowUpCondition condition, @Schema(example = "HYPERTENSION") String formCode,
            @Schema(example = "90") int intervalDays, LocalDate firstDueOn, LocalDate until, PlanSource source,
            PlanStatus status, OffsetDateTime createdAt, OffsetDateTime cancelledAt, String cancelReason,
            @Schema(maxItems = 60) List<FollowUpSummary> followUps) {
    }

    @Schema(name = "SkippedManagementPlanItem")
    public record Skipped(@Schema(example = "AGE_65_PLUS") String condition,
            @Schema(description = "NOT_FOLLOWED_UP (no follow-up condition), NOT_CONFIGURED, NO_FOLLOW_UPS "
                    + "(0 a year), PLAN_EXISTS", example = "PLAN_EXISTS") String reason) {
    }

    @Schema(name = "FollowUpPlansMade")
    public record PlansMade(@Schema(maxItems = 20) List<PlanView> created, @Schema(maxItems = 20) List<Skipped> skipped) {
    }

    @Schema(name = "CancelFollowUpPlan")
    public record CancelPlan(@NotBlank @Size(max = 500) @Schema(maxLength = 500, example = "病情变化，改为转诊") String reason) {
    }

    // --- Answers ---------------------------------------------------------------------------

    @Schema(name = "FollowUpAnswer", description = "Answers by question code: NUMBER a JSON number, SINGLE_CHOICE "
            + "an option code, MULTIPLE_CHOICE an array of option codes, YES_NO true/false, TEXT a string, DATE yyyy-MM-dd. "
            + "Residents answer ONLINE (the default); doctors record PHONE or VISIT.")
    public record AnswerRequest(
            @NotNull @Size(max = 60) @Schema(type = SchemaType.OBJECT, maxProperties = 60, additionalProperties = Schema.True.class,
                    description = "Answers by question code",
                    example = "{\"systolic\": 135, \"diastolic\": 85, \"medicationAdherence\": \"REGULAR\", "
                            + "\"symptoms\": [\"NONE\"], \"smoking\": false}") Map<String, Object> answers,
            Channel channel) {
    }

    @Schema(name = "FollowUpAlertRef")
    public record AlertRef(@Schema(format = "uuid") String id, AlertLevel level) {
    }

    @Schema(name = "FollowUp", description = "A follow-up with the form version it was issued with and its answers")
    public record FollowUpView(FollowUpSummary followUp, FormView form,
            @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "Answers by question code, once ANSWERED")
            Map<String, Object> answers,
            @Schema(example = "RESIDENT", description = "RESIDENT or DOCTOR") String answeredBy,
            @Schema(description = "The alert the answers raised, if any") AlertRef alert) {
    }

    // --- Readings, measurements, alerts -----------------------------------------------------

    @Schema(name = "SelfMeasurement", description = "BLOOD_PRESSURE: systolicMmhg and diastolicMmhg (pulse optional); "
            + "GLUCOSE: glucoseMmol and glucoseTiming; WEIGHT: weightKg. Other values are refused.")
    public record MeasurementRequest(
            @NotNull MeasurementKind kind,
            @Min(40) @Max(300) @Schema(minimum = "40", maximum = "300", example = "135") Integer systolicMmhg,
            @Min(20) @Max(200) @Schema(minimum = "20", maximum = "200", example = "85") Integer diastolicMmhg,
            @Min(20) @Max(250) @Schema(minimum = "20", maximum = "250", example = "72") Integer pulse,
            @DecimalMin("0.5") @DecimalMax("40.0") @Digits(integer = 2, fraction = 1)
            @Schema(minimum = "0.5", maximum = "40.0", example = "6.1") BigDecimal glucoseMmol,
            GlucoseTiming glucoseTiming,
            @DecimalMin("1.0") @DecimalMax("400.0") @Digits(integer = 3, fraction = 1)
            @Schema(minimum = "1.0", maximum = "400.0", example = "68.5") BigDecimal weightKg,
            @NotNull MeasurementSource source,
            @NotNull @Schema(description = "When it was measured; not in the future") OffsetDateTime measuredAt) {
    }

    @Schema(name = "StationMeasurement", description = "A measurement taken for a resident at a health station or by "
            + "a device, identified by ID number. Staff push these until the partner API takes them over.")
    public record StationMeasurement(
            @NotBlank @Size(max = 20) @Schema(maxLength = 20, pattern = "^\\d{17}[\\dXx]$") String idNumber,
            @NotNull @Valid MeasurementRequest measurement) {
    }

    @Schema(name = "HealthReading")
    public record ReadingView(Reading reading, @Schema(example = "135") BigDecimal value,
            @Schema(example = "mmHg") String unit) {
    }

    @Schema(name = "Measurement")
    public record MeasurementView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String patientId,
            MeasurementKind kind, MeasurementSource source, OffsetDateTime measuredAt, OffsetDateTime recordedAt,
            @Schema(maxItems = 6) List<ReadingView> readings,
            @Schema(description = "The alert the values raised, if any") AlertRef alert) {
    }

    @Schema(name = "TimelineEntry", description = "Readings recorded at one time: by a follow-up answer (source "
            + "ONLINE, PHONE or VISIT) or a self-measurement (APP, HEALTH_STATION, DEVICE)")
    public record TimelineEntry(@Schema(format = "uuid") String id, OffsetDateTime measuredAt,
            @Schema(example = "SELF_MEASUREMENT", description = "FOLLOW_UP or SELF_MEASUREMENT") String origin,
            @Schema(example = "APP") String source, @Schema(format = "uuid") String followUpId,
            @Schema(maxItems = 6) List<ReadingView> readings, AlertLevel alertLevel) {
    }

    @Schema(name = "AlertFinding")
    public record FindingView(Reading reading, @Schema(example = "182") BigDecimal value,
            @Schema(example = "180") BigDecimal threshold, @Schema(example = "mmHg") String unit, AlertLevel level) {
    }

    @Schema(name = "FollowUpAlert", description = "Abnormal readings for the family doctor, open until acknowledged")
    public record AlertView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String patientName, AlertLevel level, AlertStatus status,
            @Schema(example = "FOLLOW_UP") String origin, @Schema(example = "ONLINE") String source,
            @Schema(format = "uuid") String followUpId, @Schema(format = "uuid") String readingsId,
            OffsetDateTime measuredAt, OffsetDateTime raisedAt, @Schema(maxItems = 6) List<FindingView> findings,
            OffsetDateTime acknowledgedAt, @Schema(format = "uuid") String acknowledgedBy, String note) {
    }

    @Schema(name = "AcknowledgeAlert")
    public record Acknowledge(@Size(max = 500) @Schema(maxLength = 500, example = "已电话联系，调整用药") String note) {
    }
}
