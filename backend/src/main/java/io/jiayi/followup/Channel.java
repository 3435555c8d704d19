package io.jiayi.followup;

/** How an answer was given: by the resident in the app, or recorded by the doctor after a call or visit. */
public enum Channel {
    ONLINE,
    PHONE,
    VISIT
}
