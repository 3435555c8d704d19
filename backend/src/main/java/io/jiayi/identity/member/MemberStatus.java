package io.jiayi.identity.member;

public enum MemberStatus {
    /** An adult was added and has not yet confirmed with the code sent to their phone. */
    PENDING_CONSENT,
    /** The manager may act for the member. */
    ACTIVE,
    /** The member withdrew consent: the manager lost access. */
    WITHDRAWN,
    /** The manager removed the member. */
    REMOVED;

    public boolean isLive() {
        return this == PENDING_CONSENT || this == ACTIVE;
    }
}
