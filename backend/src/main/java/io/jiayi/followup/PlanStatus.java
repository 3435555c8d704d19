package io.jiayi.followup;

public enum PlanStatus {
    ACTIVE,
    /** Cancelled by the doctor; its pending follow-ups are cancelled with it. */
    CANCELLED
}
