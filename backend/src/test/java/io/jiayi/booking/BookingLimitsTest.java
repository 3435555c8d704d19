package io.jiayi.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;

class BookingLimitsTest {

    @Test
    void withinEveryLimitNothingIsRefused() {
        assertThat(BookingLimits.refusal(new BookingLimits.Counts(0, 2, 9), 1, 3, 10)).isEmpty();
    }

    @Test
    void eachLimitRefusesWithItsOwnCode() {
        assertThat(BookingLimits.refusal(new BookingLimits.Counts(1, 0, 1), 1, 3, 10))
                .contains(ProblemCode.BOOKING_LIMIT_PER_DOCTOR_DAY);
        assertThat(BookingLimits.refusal(new BookingLimits.Counts(0, 3, 3), 1, 3, 10))
                .contains(ProblemCode.BOOKING_LIMIT_PER_DEPARTMENT);
        assertThat(BookingLimits.refusal(new BookingLimits.Counts(0, 0, 10), 1, 3, 10))
                .contains(ProblemCode.BOOKING_LIMIT_TOTAL);
    }
}
