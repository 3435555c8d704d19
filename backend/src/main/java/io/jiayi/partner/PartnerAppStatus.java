package io.jiayi.partner;

/** A partner app gets tokens while ACTIVE; REVOKED is final and refuses its tokens at once. */
public enum PartnerAppStatus {
    ACTIVE, REVOKED
}
