package io.jiayi.followup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Follow-up settings: the conditions followed up, the windows, and the alert thresholds. */
@ConfigMapping(prefix = "jiayi.followup")
public interface FollowUpConfig {

    /** Days before the due date that a follow-up may be answered. */
    @WithDefault("7")
    int windowOpensDaysBefore();

    /** Days after the due date that a follow-up may still be answered; later it is OVERDUE. */
    @WithDefault("14")
    int windowClosesDaysAfter();

    /** Days a plan runs from its first due date, unless the doctor gives an end. */
    @WithDefault("365")
    int planDays();

    /** Conditions that accept plans, by key ({@code hypertension}, {@code type2-diabetes}, ...). */
    Map<String, Condition> conditions();

    /** Thresholds of the alert rules. */
    Alerts alerts();

    default Optional<Condition> condition(FollowUpCondition condition) {
        return Optional.ofNullable(conditions().get(condition.key()));
    }

    interface Condition {

        /** Days between follow-ups unless the doctor or the management plan asks for more often. */
        int intervalDays();

        /** Longest interval a doctor may choose (hypertension and diabetes: at least four a year). */
        int maxIntervalDays();

        /** Code of the form its follow-ups are answered on (its latest version is issued). */
        String form();
    }

    interface Alerts {

        /** Systolic pressure (mmHg) from which an ALERT is raised. */
        @WithDefault("140")
        BigDecimal systolic();

        /** Diastolic pressure (mmHg) from which an ALERT is raised. */
        @WithDefault("90")
        BigDecimal diastolic();

        /** Systolic pressure (mmHg) from which the alert is URGENT. */
        @WithDefault("180")
        BigDecimal systolicUrgent();

        /** Diastolic pressure (mmHg) from which the alert is URGENT. */
        @WithDefault("110")
        BigDecimal diastolicUrgent();

        /** Fasting glucose (mmol/L) from which an ALERT is raised. */
        @WithDefault("7.0")
        BigDecimal fastingGlucose();

        /** Random glucose (mmol/L) from which an ALERT is raised. */
        @WithDefault("11.1")
        BigDecimal randomGlucose();
    }
}
