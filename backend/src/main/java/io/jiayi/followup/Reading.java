package io.jiayi.followup;

/** A health reading the timeline shows and the alert rules look at, with its unit. */
public enum Reading {
    SYSTOLIC("mmHg"),
    DIASTOLIC("mmHg"),
    PULSE("bpm"),
    FASTING_GLUCOSE("mmol/L"),
    RANDOM_GLUCOSE("mmol/L"),
    WEIGHT("kg");

    private final String unit;

    Reading(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
