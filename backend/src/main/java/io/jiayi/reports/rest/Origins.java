package io.jiayi.reports.rest;

import io.jiayi.audit.AuditLog;
import io.jiayi.common.web.TraceIds;
import io.vertx.ext.web.RoutingContext;

/** Where a request came from, for the audit trail: the client's address and the trace id. */
final class Origins {

    private Origins() {
    }

    static AuditLog.Origin of(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return new AuditLog.Origin(address == null ? null : address.hostAddress(), TraceIds.of(ctx));
    }
}
