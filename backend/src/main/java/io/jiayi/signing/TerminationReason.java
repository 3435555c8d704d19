package io.jiayi.signing;

/** 解约 reasons residents choose from. */
public enum TerminationReason {
    MOVED_OUT, VOLUNTARY, OTHER
}
