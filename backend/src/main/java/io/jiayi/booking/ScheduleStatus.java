package io.jiayi.booking;

public enum ScheduleStatus {
    OPEN,
    /** 停约: no new bookings; existing ones stand. */
    PAUSED,
    /** 停诊: the clinic does not take place. */
    STOPPED
}
