package io.jiayi.reports.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.time.ClockProducer;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.reports.ReportStatus;
import io.jiayi.reports.ReportType;
import io.jiayi.reports.service.ReportFilter;

/** List filters as query parameters: dates are calendar days of the district's zone, both inclusive. */
final class ReportFilters {

    private static final ZoneId ZONE = ClockProducer.ZONE;

    private ReportFilters() {
    }

    static ReportFilter of(String type, String institutionId, String status, String from, String to) {
        LocalDate since = date("from", from);
        LocalDate until = date("to", to);
        if (since != null && until != null && until.isBefore(since)) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, "to", to);
        }
        return new ReportFilter(QueryParams.enumValue("type", type, ReportType.class),
                Ids.filter("institutionId", institutionId), QueryParams.enumValue("status", status, ReportStatus.class),
                since == null ? null : since.atStartOfDay(ZONE).toOffsetDateTime(),
                until == null ? null : until.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, name, value);
        }
    }
}
