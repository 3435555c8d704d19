package io.jiayi.followup;

/** When a glucose value was taken: fasting, or at any time. */
public enum GlucoseTiming {
    FASTING,
    RANDOM
}
