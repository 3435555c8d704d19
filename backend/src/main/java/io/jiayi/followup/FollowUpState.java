package io.jiayi.followup;

import java.time.LocalDate;

/**
 * Where a due follow-up stands. Only PENDING, ANSWERED and CANCELLED are stored; a pending one
 * is UPCOMING, DUE or OVERDUE by its window and today's date (the injected clock).
 */
public enum FollowUpState {
    /** The window has not opened yet. */
    UPCOMING,
    /** The window is open: it may be answered. */
    DUE,
    /** The window closed without an answer. */
    OVERDUE,
    ANSWERED,
    /** Its plan was cancelled. */
    CANCELLED;

    public static FollowUpState of(String stored, LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if ("ANSWERED".equals(stored)) {
            return ANSWERED;
        }
        if ("CANCELLED".equals(stored)) {
            return CANCELLED;
        }
        if (today.isBefore(opensOn)) {
            return UPCOMING;
        }
        return today.isAfter(closesOn) ? OVERDUE : DUE;
    }
}
