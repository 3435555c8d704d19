package io.jiayi.followup;

/** What a self-measurement measured. */
public enum MeasurementKind {
    /** systolicMmhg and diastolicMmhg, pulse optional. */
    BLOOD_PRESSURE,
    /** glucoseMmol with glucoseTiming. */
    GLUCOSE,
    /** weightKg. */
    WEIGHT
}
