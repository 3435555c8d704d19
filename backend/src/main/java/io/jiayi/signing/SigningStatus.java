package io.jiayi.signing;

/** Where one person's signing stands. */
public enum SigningStatus {
    /** Applied for; the doctor has not answered. */
    PENDING,
    /** In force until {@code endsOn}. */
    ACTIVE,
    REJECTED,
    /** The application got no answer in time. */
    EXPIRED,
    /** The resident withdrew the application. */
    CANCELLED,
    /** 解约: ended early by the resident, with a reason. */
    TERMINATED,
    /** Replaced by its renewal. */
    RENEWED,
    /** 转签: replaced by a signing with another doctor. */
    SWITCHED,
    /** Its term ran out without renewal. */
    LAPSED;

    /** Still open or in force: the states a person can hold only one of each. */
    public boolean isOpen() {
        return this == PENDING || this == ACTIVE;
    }
}
