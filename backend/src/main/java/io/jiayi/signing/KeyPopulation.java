package io.jiayi.signing;

/**
 * Key populations (重点人群) to be signed without exception. The age groups are derived from the
 * ID number's birth date and never declared.
 */
public enum KeyPopulation {
    AGE_65_PLUS(true),
    CHILD_0_6(true),
    HYPERTENSION(false),
    DIABETES(false),
    CARDIO_CEREBROVASCULAR(false),
    CHRONIC_RESPIRATORY(false),
    CANCER(false),
    SEVERE_MENTAL_DISORDER(false),
    DISABILITY(false),
    DISABLED_ELDERLY(false),
    PREGNANCY(false),
    PLANNED_BIRTH_SPECIAL_FAMILY(false),
    ELDERLY_CARE_RESIDENT(false);

    private final boolean derived;

    KeyPopulation(boolean derived) {
        this.derived = derived;
    }

    /** Derived from age; cannot be declared, confirmed or removed. */
    public boolean isDerived() {
        return derived;
    }
}
