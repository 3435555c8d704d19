package io.jiayi.signing;

public enum ApplicationStatus {
    PENDING, ACCEPTED, REJECTED, EXPIRED, CANCELLED
}
