package io.jiayi.followup;

public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED
}
