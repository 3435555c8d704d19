package io.jiayi.followup;

/** What a plan was made from. */
public enum PlanSource {
    /** The family doctor made it directly. */
    DOCTOR,
    /** An item of the signing's management plan. */
    MANAGEMENT_PLAN,
    /** A downward referral (下转). */
    REFERRAL
}
