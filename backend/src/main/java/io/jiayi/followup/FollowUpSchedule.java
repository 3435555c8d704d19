package io.jiayi.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The due follow-ups a plan yields: every {@code intervalDays} from the first due date to the plan's end. */
public final class FollowUpSchedule {

    /** One due follow-up and the days it may be answered, both inclusive. */
    public record Occurrence(int seq, LocalDate dueOn, LocalDate opensOn, LocalDate closesOn) {
    }

    private FollowUpSchedule() {
    }

    public static List<Occurrence> of(LocalDate firstDueOn, int intervalDays, LocalDate until, int opensDaysBefore,
            int closesDaysAfter) {
        List<Occurrence> occurrences = new ArrayList<>();
        LocalDate due = firstDueOn;
        for (int seq = 1; !due.isAfter(until); seq++) {
            occurrences.add(new Occurrence(seq, due, due.minusDays(opensDaysBefore), due.plusDays(closesDaysAfter)));
            due = due.plusDays(intervalDays);
        }
        return occurrences;
    }
}
