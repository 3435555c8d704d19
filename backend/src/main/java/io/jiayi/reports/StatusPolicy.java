package io.jiayi.reports;

import java.util.Optional;

/**
 * Which status a new version of a report may carry. A withdrawn report is at its end (a
 * corrected one is pushed under a new report id); a report once released to the patient never
 * goes back to PRELIMINARY.
 */
public final class StatusPolicy {

    /** Why a new version is refused. */
    public enum Rejection {
        WITHDRAWN, ALREADY_RELEASED
    }

    private StatusPolicy() {
    }

    /**
     * @param current the report's status now
     * @param released whether a FINAL or AMENDED version was ever received
     * @param next the status of the version pushed
     */
    public static Optional<Rejection> check(ReportStatus current, boolean released, ReportStatus next) {
        if (current == ReportStatus.WITHDRAWN) {
            return Optional.of(Rejection.WITHDRAWN);
        }
        if (released && next == ReportStatus.PRELIMINARY) {
            return Optional.of(Rejection.ALREADY_RELEASED);
        }
        return Optional.empty();
    }
}
