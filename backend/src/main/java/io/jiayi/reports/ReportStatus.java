package io.jiayi.reports;

/**
 * Where a report stands, as its sender says. Residents see a report from its first FINAL (or
 * AMENDED) version on; WITHDRAWN hides its content from every reader and ends its life.
 */
public enum ReportStatus {
    PRELIMINARY, FINAL, AMENDED, WITHDRAWN;

    /** Released to the patient: final, or amended after being final. */
    public boolean released() {
        return this == FINAL || this == AMENDED;
    }
}
