package io.jiayi.reports.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.jiayi.reports.ReportStatus;
import io.jiayi.reports.ReportType;

/** What a reader narrows a list by; null means any. {@code to} is exclusive. */
public record ReportFilter(ReportType type, UUID institutionId, ReportStatus status, OffsetDateTime from,
        OffsetDateTime to) {
}
