package io.jiayi.followup;

import java.util.Locale;
import java.util.Optional;

import io.jiayi.signing.KeyPopulation;

/**
 * Conditions managed by follow-up plans. Only those configured under
 * {@code jiayi.followup.conditions.<key>} (interval and form) accept plans.
 */
public enum FollowUpCondition {
    HYPERTENSION,
    TYPE2_DIABETES,
    SEVERE_MENTAL_DISORDER,
    CARDIO_CEREBROVASCULAR,
    CHRONIC_RESPIRATORY;

    /** The configuration key: {@code type2-diabetes} for TYPE2_DIABETES. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The condition a management plan's item names, when it is one followed up. */
    public static Optional<FollowUpCondition> of(KeyPopulation population) {
        switch (population) {
            case HYPERTENSION:
                return Optional.of(HYPERTENSION);
            case DIABETES:
                return Optional.of(TYPE2_DIABETES);
            case SEVERE_MENTAL_DISORDER:
                return Optional.of(SEVERE_MENTAL_DISORDER);
            case CARDIO_CEREBROVASCULAR:
                return Optional.of(CARDIO_CEREBROVASCULAR);
            case CHRONIC_RESPIRATORY:
                return Optional.of(CHRONIC_RESPIRATORY);
            default:
                return Optional.empty();
        }
    }
}
