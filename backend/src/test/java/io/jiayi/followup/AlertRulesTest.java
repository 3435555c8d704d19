package io.jiayi.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The alert rules and the schedule of due follow-ups, without Quarkus. */
class AlertRulesTest {

    private static final FollowUpConfig.Alerts DEFAULTS = new FollowUpConfig.Alerts() {
        public BigDecimal systolic() {
            return new BigDecimal("140");
        }

        public BigDecimal diastolic() {
            return new BigDecimal("90");
        }

        public BigDecimal systolicUrgent() {
            return new BigDecimal("180");
        }

        public BigDecimal diastolicUrgent() {
            return new BigDecimal("110");
        }

        public BigDecimal fastingGlucose() {
            return new BigDecimal("7.0");
        }

        public BigDecimal randomGlucose() {
            return new BigDecimal("11.1");
        }
    };

    @ParameterizedTest
    @CsvSource({ "139, 89, NONE", "140, 60, ALERT", "110, 90, ALERT", "179, 109, ALERT", "180, 70, URGENT",
            "120, 110, URGENT", "200, 120, URGENT" })
    void bloodPressure(int systolic, int diastolic, String expected) {
        var findings = AlertRules.evaluate(Map.of(Reading.SYSTOLIC, BigDecimal.valueOf(systolic), Reading.DIASTOLIC,
                BigDecimal.valueOf(diastolic)), DEFAULTS);
        assertThat(findings.isEmpty() ? "NONE" : AlertRules.level(findings).name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "FASTING_GLUCOSE, 6.9, NONE", "FASTING_GLUCOSE, 7.0, ALERT", "RANDOM_GLUCOSE, 11.0, NONE",
            "RANDOM_GLUCOSE, 11.1, ALERT", "WEIGHT, 150, NONE", "PULSE, 180, NONE" })
    void otherReadings(Reading reading, String value, String expected) {
        var findings = AlertRules.evaluate(Map.of(reading, new BigDecimal(value)), DEFAULTS);
        assertThat(findings.isEmpty() ? "NONE" : AlertRules.level(findings).name()).isEqualTo(expected);
    }

    @Test
    void aPlanYieldsFollowUpsEveryIntervalUntilItsEndEachWithItsWindow() {
        LocalDate first = LocalDate.of(2027, 1, 10);
        var occurrences = FollowUpSchedule.of(first, 90, first.plusDays(365), 7, 14);
        assertThat(occurrences).extracting(FollowUpSchedule.Occurrence::dueOn).containsExactly(first,
                first.plusDays(90), first.plusDays(180), first.plusDays(270), first.plusDays(360));
        assertThat(occurrences.get(1).opensOn()).isEqualTo(first.plusDays(83));
        assertThat(occurrences.get(1).closesOn()).isEqualTo(first.plusDays(104));
        assertThat(FollowUpState.of("PENDING", first.minusDays(7), first.plusDays(14), first.minusDays(8)))
                .isEqualTo(FollowUpState.UPCOMING);
        assertThat(FollowUpState.of("PENDING", first.minusDays(7), first.plusDays(14), first.minusDays(7)))
                .isEqualTo(FollowUpState.DUE);
        assertThat(FollowUpState.of("PENDING", first.minusDays(7), first.plusDays(14), first.plusDays(14)))
                .isEqualTo(FollowUpState.DUE);
        assertThat(FollowUpState.of("PENDING", first.minusDays(7), first.plusDays(14), first.plusDays(15)))
                .isEqualTo(FollowUpState.OVERDUE);
        assertThat(FollowUpState.of("ANSWERED", first.minusDays(7), first.plusDays(14), first.plusDays(15)))
                .isEqualTo(FollowUpState.ANSWERED);
    }
}
