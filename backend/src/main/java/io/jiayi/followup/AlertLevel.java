package io.jiayi.followup;

/** How soon the family doctor should look: URGENT before ALERT. */
public enum AlertLevel {
    ALERT,
    URGENT
}
