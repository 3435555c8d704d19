package io.jiayi.booking.rest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.booking.ClinicType;
import io.jiayi.booking.ExamModality;
import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.Session;
import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.rest.Refs;

/** Requests and views of schedules, slots and booking rules. */
public final class ScheduleModels {

    private ScheduleModels() {
    }

    @Schema(name = "BookingRules")
    public record RulesView(
            @Schema(format = "uuid") String institutionId,
            @Schema(description = "Days ahead that open, one day at a time", example = "7") int horizonDays,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "08:00")
            LocalTime releaseTime,
            @Schema(example = "30") int bookingCutoffMinutes,
            @Schema(example = "120") Integer cancelDeadlineMinutes,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:00")
            LocalTime cancelByPreviousDayAt,
            @Schema(description = "False while the district defaults apply") boolean custom) {
    }

    @Schema(name = "BookingRulesUpdate", description = "Give cancelDeadlineMinutes or cancelByPreviousDayAt, not both.")
    public record RulesUpdate(
            @NotNull @Min(1) @Max(90) Integer horizonDays,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "08:00")
            LocalTime releaseTime,
            @NotNull @Min(0) @Max(1440) Integer bookingCutoffMinutes,
            @Min(0) @Max(10080) Integer cancelDeadlineMinutes,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:00")
            LocalTime cancelByPreviousDayAt) {
    }

    @Schema(name = "NewSchedule")
    public record NewSchedule(
            @NotBlank @Schema(format = "uuid") String doctorId,
            @NotBlank @Schema(format = "uuid") String departmentId,
            @NotNull LocalDate date,
            @NotNull Session session,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "08:30",
                    description = "Within the session; its usual hours when left out") LocalTime startTime,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "11:30")
            LocalTime endTime,
            @NotNull ClinicType clinicType,
            @NotNull @Min(5) @Max(240) @Schema(minimum = "5", maximum = "240", example = "15") Integer slotMinutes,
            @NotNull @Min(1) @Max(100) @Schema(minimum = "1", maximum = "100", example = "2") Integer capacityPerSlot,
            @NotNull @Min(0) @Max(1_000_000) @Schema(minimum = "0", maximum = "1000000", example = "2500",
                    description = "Integer fen") Integer feeFen,
            @NotBlank @Size(max = 128) @Schema(maxLength = 128, example = "门诊楼 3 楼 12 诊室") String location,
            @Schema(description = "Required for an EXAMINATION resource (CT, MRI, ...), absent otherwise")
            ExamModality examModality) {
    }

    @Schema(name = "WeeklyTemplate", description = "Sessions by weekday, generating every matching date in [from, to].")
    public record WeeklyTemplate(
            @NotBlank @Schema(format = "uuid") String doctorId,
            @NotBlank @Schema(format = "uuid") String departmentId,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotEmpty @Size(max = 21) @Schema(maxItems = 21) List<@Valid WeeklySession> sessions,
            @NotNull ClinicType clinicType,
            @NotNull @Min(5) @Max(240) Integer slotMinutes,
            @NotNull @Min(1) @Max(100) Integer capacityPerSlot,
            @NotNull @Min(0) @Max(1_000_000) Integer feeFen,
            @NotBlank @Size(max = 128) @Schema(maxLength = 128) String location,
            @Schema(description = "Required for an EXAMINATION resource, absent otherwise") ExamModality examModality) {
    }

    @Schema(name = "WeeklySession")
    public record WeeklySession(@NotNull DayOfWeek dayOfWeek, @NotNull Session session,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) LocalTime startTime,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) LocalTime endTime) {
    }

    @Schema(name = "DoctorSummary")
    public record DoctorSummary(@Schema(format = "uuid") String id, @Schema(example = "蒋鸿") String name, DoctorTitle title) {
    }

    @Schema(name = "Schedule")
    public record ScheduleView(
            @Schema(format = "uuid") String id,
            Refs.InstitutionRef institution,
            Refs.DepartmentRef department,
            DoctorSummary doctor,
            LocalDate date,
            Session session,
            ClinicType clinicType,
            ExamModality examModality,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            int slotMinutes,
            int capacityPerSlot,
            @Schema(description = "Integer fen", example = "2500") int feeFen,
            String location,
            ScheduleStatus status,
            @Schema(description = "When its slots open for booking") Instant opensAt,
            @Schema(maxItems = 200) List<SlotCounts> slots) {
    }

    @Schema(name = "SlotCounts")
    public record SlotCounts(@Schema(format = "uuid") String id, int position, OffsetDateTime startsAt, OffsetDateTime endsAt,
            int publicCapacity, int publicRemaining, int referralCapacity, int referralRemaining, boolean referralReleased) {
    }

    @Schema(name = "WeeklySchedules")
    public record WeeklyResult(@Schema(maxItems = 300) List<ScheduleView> schedules) {
    }

    @Schema(name = "SlotOffer", description = "A slot as residents search it: the remaining public count is exact.")
    public record SlotView(
            @Schema(format = "uuid") String id,
            @Schema(format = "uuid") String scheduleId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            ClinicType clinicType,
            ExamModality examModality,
            DoctorSummary doctor,
            Refs.DepartmentRef department,
            Refs.InstitutionRef institution,
            String location,
            @Schema(description = "Integer fen") int feeFen,
            int publicRemaining,
            ScheduleStatus status,
            Instant opensAt,
            @Schema(description = "Open now, not past the cut-off, and a public unit left") boolean bookable) {
    }
}
