package io.jiayi.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules that make readings abnormal, whichever way they came (a follow-up answer or a
 * self-measurement). Each reading over its threshold is a finding; the alert takes the highest level.
 */
public final class AlertRules {

    /** One reading at or over a threshold. */
    public record Finding(Reading reading, BigDecimal value, BigDecimal threshold, AlertLevel level) {
    }

    private AlertRules() {
    }

    public static List<Finding> evaluate(Map<Reading, BigDecimal> readings, FollowUpConfig.Alerts thresholds) {
        List<Finding> findings = new ArrayList<>();
        check(readings, Reading.SYSTOLIC, thresholds.systolic(), thresholds.systolicUrgent(), findings);
        check(readings, Reading.DIASTOLIC, thresholds.diastolic(), thresholds.diastolicUrgent(), findings);
        check(readings, Reading.FASTING_GLUCOSE, thresholds.fastingGlucose(), null, findings);
        check(readings, Reading.RANDOM_GLUCOSE, thresholds.randomGlucose(), null, findings);
        return findings;
    }

    /** The level of an alert with these findings: URGENT if any is. */
    public static AlertLevel level(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.level() == AlertLevel.URGENT) ? AlertLevel.URGENT : AlertLevel.ALERT;
    }

    private static void check(Map<Reading, BigDecimal> readings, Reading reading, BigDecimal alert, BigDecimal urgent,
            List<Finding> findings) {
        BigDecimal value = readings.get(reading);
        if (value == null) {
            return;
        }
        if (urgent != null && value.compareTo(urgent) >= 0) {
            findings.add(new Finding(reading, value, urgent, AlertLevel.URGENT));
        } else if (value.compareTo(alert) >= 0) {
            findings.add(new Finding(reading, value, alert, AlertLevel.ALERT));
        }
    }
}
