package io.jiayi.signing;

public enum TagStatus {
    /** Declared by the resident; counts once a doctor confirms it. */
    DECLARED, CONFIRMED, REMOVED
}
