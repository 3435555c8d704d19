package io.jiayi.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;

class ReleasePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate CLINIC = LocalDate.of(2026, 12, 8);
    private static final Instant SLOT = CLINIC.atTime(9, 0).atZone(SHANGHAI).toInstant();

    private static ReleasePolicy.Verdict at(String localDateTime, ScheduleStatus status) {
        Instant now = java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
        return ReleasePolicy.check(now, SLOT, CLINIC, status, 7, LocalTime.of(8, 0), 30, SHANGHAI);
    }

    @Test
    void dayNOpensAtEightOnDayNMinusSeven() {
        assertThat(at("2026-12-01T07:59:59", ScheduleStatus.OPEN))
                .isEqualTo(new ReleasePolicy.NotYetOpen(LocalDate.of(2026, 12, 1).atTime(8, 0).atZone(SHANGHAI).toInstant()));
        assertThat(at("2026-12-01T08:00:00", ScheduleStatus.OPEN)).isInstanceOf(ReleasePolicy.Bookable.class);
    }

    @Test
    void bookingClosesAtTheCutOffBeforeTheSlot() {
        assertThat(at("2026-12-08T08:29:59", ScheduleStatus.OPEN)).isInstanceOf(ReleasePolicy.Bookable.class);
        assertThat(at("2026-12-08T08:30:00", ScheduleStatus.OPEN))
                .isEqualTo(new ReleasePolicy.Closed(ProblemCode.BOOKING_CLOSED));
    }

    @Test
    void pausedAndStoppedClinicsTakeNoBookings() {
        assertThat(at("2026-12-05T10:00:00", ScheduleStatus.PAUSED))
                .isEqualTo(new ReleasePolicy.Closed(ProblemCode.CLINIC_PAUSED));
        assertThat(at("2026-12-05T10:00:00", ScheduleStatus.STOPPED))
                .isEqualTo(new ReleasePolicy.Closed(ProblemCode.CLINIC_STOPPED));
    }
}
