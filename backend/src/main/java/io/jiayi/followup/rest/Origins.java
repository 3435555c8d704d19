package io.jiayi.followup.rest;

import io.jiayi.audit.AuditLog;
import io.jiayi.common.web.TraceIds;
import io.vertx.ext.web.RoutingContext;

/** Where a read came from, for the audit trail. */
final class Origins {

    private Origins() {
    }

    static AuditLog.Origin of(RoutingContext ctx) {
        return new AuditLog.Origin(ctx.request().remoteAddress() == null ? null
                : ctx.request().remoteAddress().hostAddress(), TraceIds.of(ctx));
    }

    static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new io.jiayi.common.error.ProblemException(io.jiayi.common.error.ProblemCode.INVALID_PARAMETER, name,
                    value);
        }
    }
}
