package io.jiayi.referral;

/**
 * Where a referral stands. Upward: CREATED (or AWAITING_SLOT when nothing was free in its window,
 * on the hospital's worklist) -> BOOKED -> ACCEPTED -> VISITED -> CLOSED, or DECLINED, EXPIRED,
 * CANCELLED. Downward: CREATED -> ACKNOWLEDGED (by the family doctor) -> CLOSED.
 */
public enum ReferralState {
    CREATED, AWAITING_SLOT, BOOKED, ACCEPTED, DECLINED, VISITED, CLOSED, EXPIRED, CANCELLED, ACKNOWLEDGED;

    public boolean ended() {
        return this == DECLINED || this == CLOSED || this == EXPIRED || this == CANCELLED;
    }
}
