package io.jiayi.booking;

import java.util.Optional;

import io.jiayi.common.error.ProblemCode;

/**
 * How much one patient may hold at once: one booking per doctor per day, three live bookings per
 * department, ten in all (the defaults).
 */
public final class BookingLimits {

    public record Counts(long sameDoctorSameDay, long sameDepartment, long total) {
    }

    private BookingLimits() {
    }

    public static Optional<ProblemCode> refusal(Counts counts, int perDoctorPerDay, int perDepartment, int total) {
        if (counts.sameDoctorSameDay() >= perDoctorPerDay) {
            return Optional.of(ProblemCode.BOOKING_LIMIT_PER_DOCTOR_DAY);
        }
        if (counts.sameDepartment() >= perDepartment) {
            return Optional.of(ProblemCode.BOOKING_LIMIT_PER_DEPARTMENT);
        }
        if (counts.total() >= total) {
            return Optional.of(ProblemCode.BOOKING_LIMIT_TOTAL);
        }
        return Optional.empty();
    }
}
