package io.jiayi.booking;

import java.time.LocalTime;

/** Clinic sessions (上午/下午/晚间) with their usual hours, used when a schedule names none. */
public enum Session {
    MORNING(LocalTime.of(8, 0), LocalTime.of(11, 30)),
    AFTERNOON(LocalTime.of(13, 30), LocalTime.of(17, 0)),
    EVENING(LocalTime.of(18, 0), LocalTime.of(20, 30));

    private final LocalTime usualStart;
    private final LocalTime usualEnd;

    Session(LocalTime usualStart, LocalTime usualEnd) {
        this.usualStart = usualStart;
        this.usualEnd = usualEnd;
    }

    public LocalTime usualStart() {
        return usualStart;
    }

    public LocalTime usualEnd() {
        return usualEnd;
    }
}
