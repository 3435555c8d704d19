package io.jiayi.common.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request a trace id: the one of a W3C {@code traceparent} header when the caller
 * sent a valid one, so a partner can follow its own call through our logs, else a new one.
 * Problems carry it as {@code traceId}; log lines carry it in the MDC.
 */
@ApplicationScoped
public class TraceIds {

    public static final String KEY = "traceId";
    private static final Pattern TRACEPARENT =
            Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final String INVALID = "00000000000000000000000000000000";
    private static final HexFormat HEX = HexFormat.of();

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String id = fromTraceparent(ctx.request().getHeader("traceparent"));
            ctx.put(KEY, id);
            MDC.put(KEY, id);
            ctx.next();
        });
    }

    /** The trace id of this request (a new one outside of any request). */
    public static String of(RoutingContext ctx) {
        String id = ctx == null ? null : ctx.get(KEY);
        return id != null ? id : newTraceId();
    }

    static String fromTraceparent(String header) {
        if (header != null) {
            var matcher = TRACEPARENT.matcher(header.trim());
            if (matcher.matches() && !INVALID.equals(matcher.group(1))) {
                return matcher.group(1);
            }
        }
        return newTraceId();
    }

    static String newTraceId() {
        // Not String.format: every request without a traceparent gets one, and the formatter
        // parses its pattern on each call.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
