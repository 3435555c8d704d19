package io.jiayi.booking;

/** Which part of a slot's capacity a booking took. */
public enum Pool {
    PUBLIC,
    /** Reserved for referrals from family doctors; closed until referral booking exists. */
    REFERRAL
}
