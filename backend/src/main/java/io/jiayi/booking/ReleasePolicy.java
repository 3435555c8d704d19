package io.jiayi.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import io.jiayi.common.error.ProblemCode;

/**
 * When a slot may be booked: from the daily release (day D opens at the release time on day
 * D - horizon) until the cut-off before it starts, while its schedule is open.
 */
public final class ReleasePolicy {

    public sealed interface Verdict {
    }

    public record Bookable() implements Verdict {
    }

    public record NotYetOpen(Instant opensAt) implements Verdict {
    }

    public record Closed(ProblemCode code) implements Verdict {
    }

    private ReleasePolicy() {
    }

    public static Instant opensAt(LocalDate clinicDate, int horizonDays, LocalTime releaseTime, ZoneId zone) {
        return clinicDate.minusDays(horizonDays).atTime(releaseTime).atZone(zone).toInstant();
    }

    public static Verdict check(Instant now, Instant slotStart, LocalDate clinicDate, ScheduleStatus status,
            int horizonDays, LocalTime releaseTime, int cutoffMinutes, ZoneId zone) {
        if (status != ScheduleStatus.OPEN) {
            return new Closed(status == ScheduleStatus.PAUSED ? ProblemCode.CLINIC_PAUSED : ProblemCode.CLINIC_STOPPED);
        }
        Instant opensAt = opensAt(clinicDate, horizonDays, releaseTime, zone);
        if (now.isBefore(opensAt)) {
            return new NotYetOpen(opensAt);
        }
        if (!now.isBefore(slotStart.minusSeconds(cutoffMinutes * 60L))) {
            return new Closed(ProblemCode.BOOKING_CLOSED);
        }
        return new Bookable();
    }
}
