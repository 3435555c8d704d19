package io.jiayi.reports;

/** A lab item against its reference range: normal, high, low, critically high or low, or abnormal (non-numeric). */
public enum AbnormalFlag {
    N, H, L, HH, LL, ABNORMAL;

    public boolean abnormal() {
        return this != N;
    }
}
