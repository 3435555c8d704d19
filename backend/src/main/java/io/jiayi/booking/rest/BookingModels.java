package io.jiayi.booking.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.Pool;
import io.jiayi.directory.rest.Refs;

public final class BookingModels {

    private BookingModels() {
    }

    @Schema(name = "LockRequest", description = "Hold one unit of a slot for the resident or an active member")
    public record LockRequest(@NotBlank @Schema(format = "uuid") String slotId,
            @NotBlank @Schema(format = "uuid") String patientId) {
    }

    @Schema(name = "JoinWaitlist", description = "Wait for a sold-out slot (候补) as the resident or an active member")
    public record JoinWaitlist(@NotBlank @Schema(format = "uuid") String slotId,
            @NotBlank @Schema(format = "uuid") String patientId) {
    }

    @Schema(name = "WaitlistEntry", description = "A wait for a sold-out slot; when a unit comes back the first in line "
            + "gets a hold automatically (OFFERED) and has the hold time to confirm it")
    public record WaitlistEntryView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String slotId,
            @Schema(format = "uuid") String patientId, State state,
            @Schema(description = "Why the wait ended: LEFT_BY_RESIDENT, BOOKING_CLOSED, CLINIC_STOPPED, "
                    + "BOOKED_IN_SCHEDULE, or the problem code that made a hand-out fail") String endReason,
            @Schema(description = "Place in line, 1 = next; only while WAITING") Integer position,
            OffsetDateTime slotStartsAt, OffsetDateTime slotEndsAt, OffsetDateTime joinedAt, OffsetDateTime endedAt,
            @Schema(format = "uuid", description = "The hold made for this wait") String bookingId) {

        public enum State {
            WAITING, OFFERED, BOOKED, LAPSED, CANCELLED, LEFT, CLOSED, SKIPPED;

            /** An offered wait follows its booking: held, then confirmed (or visited), lapsed or cancelled. */
            public static State of(String entryStatus, String bookingStatus) {
                if (!"OFFERED".equals(entryStatus)) {
                    return valueOf(entryStatus);
                }
                return switch (bookingStatus) {
                    case "HELD" -> OFFERED;
                    case "EXPIRED" -> LAPSED;
                    case "CANCELLED" -> CANCELLED;
                    default -> BOOKED;
                };
            }
        }
    }

    @Schema(name = "SlotAvailability", description = "Units left in the public pool as the booking gate counts them now")
    public record Availability(@Schema(format = "uuid") String slotId, int publicRemaining,
            @Schema(description = "False while the gate rebuilds its counters; retry shortly") boolean live) {
    }

    @Schema(name = "BookingRestriction")
    public record RestrictionView(@Schema(format = "uuid") String id, @Schema(format = "uuid") String patientId,
            OffsetDateTime startsAt, OffsetDateTime endsAt, @Schema(example = "NO_SHOWS") String reason,
            OffsetDateTime liftedAt, String liftReason) {
    }

    @Schema(name = "Reason")
    public record Reason(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500)
            @Schema(maxLength = 500, example = "医生临时出诊任务") String reason) {
    }

    @Schema(name = "CheckIn")
    public record CheckIn(@jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Pattern(regexp = "^\\d{6}$", message = "{jiayi.code.sms}")
            @Schema(pattern = "^\\d{6}$", example = "482913") String checkInCode) {
    }

    @Schema(name = "PartnerCheckIn", description = "The booking's number (on the resident's booking, e.g. as a QR code) "
            + "and the check-in code the resident shows")
    public record PartnerCheckIn(
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Pattern(regexp = "^BK-\\d{8}-[A-Z0-9]{10}$", message = "{jiayi.bookingNo.pattern}")
            @Schema(pattern = "^BK-\\d{8}-[A-Z0-9]{10}$", maxLength = 24, example = "BK-20261208-7K3M9Q2XRA") String bookingNo,
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Pattern(regexp = "^\\d{6}$", message = "{jiayi.code.sms}")
            @Schema(pattern = "^\\d{6}$", example = "482913") String checkInCode) {
    }

    @Schema(name = "ClinicMove", description = "The new time of the session; its length stays the same")
    public record ClinicMove(@jakarta.validation.constraints.NotNull java.time.LocalDate date,
            @jakarta.validation.constraints.NotNull
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "14:00")
            java.time.LocalTime startTime,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500)
            @Schema(maxLength = 500) String reason) {
    }

    @Schema(name = "ClinicStatus")
    public record ClinicStatusView(@Schema(format = "uuid") String scheduleId, io.jiayi.booking.ScheduleStatus status,
            @Schema(description = "Holds and bookings cancelled (stop) or offered the new time (move)") Integer cancelled) {
    }

    @Schema(name = "BookingPatient")
    public record Patient(@Schema(format = "uuid") String patientId, @Schema(example = "张*") String name,
            @Schema(example = "310105********1234") String idNumber) {
    }

    @Schema(name = "Booking")
    public record BookingView(
            @Schema(format = "uuid") String id,
            @Schema(example = "BK-20261208-7K3M9Q2XRA") String bookingNo,
            BookingStatus status,
            Pool pool,
            @Schema(description = "就诊序号", example = "12") int sequenceNo,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String location,
            ScheduleModels.DoctorSummary doctor,
            Refs.DepartmentRef department,
            Refs.InstitutionRef institution,
            Patient patient,
            @Schema(description = "Integer fen", example = "5000") int feeFen,
            @Schema(example = "PAY_AT_CLINIC") String payment,
            @Schema(description = "Shown at the clinic to check in", example = "482913") String checkInCode,
            @Schema(description = "Until when an unconfirmed hold lasts") OffsetDateTime heldUntil,
            OffsetDateTime createdAt,
            @Schema(description = "The clinic moved to startsAt: accept to keep the booking, decline to cancel it")
            boolean moveOffered,
            @Schema(format = "uuid", description = "The referral it was made through") String referralId,
            @Schema(description = "Priority through a referral: CONSULTATION (优先就诊), EXAMINATION (优先检查), "
                    + "ADMISSION (优先住院)") java.util.List<String> priorities) {
    }
}
