package io.jiayi.booking;

public enum BookingStatus {
    /** 锁号: a unit is held until {@code heldUntil}. */
    HELD,
    CONFIRMED,
    CANCELLED,
    /** The hold lapsed unconfirmed; its unit went back. */
    EXPIRED,
    /** The patient arrived and was checked in. */
    CHECKED_IN,
    /** Confirmed, but not checked in by the end of the session. */
    NO_SHOW
}
