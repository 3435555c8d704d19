package io.jiayi.common.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request body limit of each route: {@code jiayi.http.max-body-size} (256K) for the API's
 * JSON bodies, larger only on the routes a {@link LargeBodyRoute} names (a report's document).
 * Quarkus's own limit ({@code quarkus.http.limits.max-body-size}) is the ceiling of them all.
 * A body whose declared length exceeds its route's limit is refused here with a problem
 * document (Quarkus would answer an empty 413); a body sent without a length is cut off at its
 * route's limit while read and reaches {@code ProblemMappers}.
 */
@ApplicationScoped
public class BodyLimit {

    /** Where Quarkus's reader looks for the limit of a body sent without a length. */
    static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    private final long maxBodySize;
    private final List<LargeBodyRoute> largeBodyRoutes;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "jiayi.http.max-body-size", defaultValue = "256K") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling,
            Instance<LargeBodyRoute> largeBodyRoutes, ObjectMapper json) {
        this.maxBodySize = Math.min(maxBodySize.asLongValue(), ceiling.asLongValue());
        this.largeBodyRoutes = largeBodyRoutes.stream().toList();
        this.json = json;
        for (LargeBodyRoute route : this.largeBodyRoutes) {
            if (route.maxBytes() > ceiling.asLongValue()) {
                throw new IllegalStateException("quarkus.http.limits.max-body-size (" + ceiling.asLongValue()
                        + " bytes) is below the body limit of " + route.method() + " " + route.path().pattern() + " ("
                        + route.maxBytes() + " bytes): raise it to at least that");
            }
        }
    }

    void register(@Observes Router router) {
        // After TraceIds (Integer.MIN_VALUE), before Quarkus's own check (-2).
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = limitOf(ctx);
            if (length != null && exceeds(length, limit)) {
                var problem = ProblemResponses.problem(ProblemCode.PAYLOAD_TOO_LARGE, ProblemResponses.locale(ctx),
                        TraceIds.of(ctx), List.of(), Map.of("maxBytes", limit), humanSize(limit));
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(problem));
                return;
            }
            ctx.next();
        });
        // After Quarkus's check (-2), which hands every body without a length the ceiling.
        router.route().order(-1).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                ctx.put(MAX_REQUEST_SIZE_KEY, limitOf(ctx));
            }
            ctx.next();
        });
    }

    /** The body limit of the route this request is for. */
    public long limitOf(RoutingContext ctx) {
        if (ctx == null || largeBodyRoutes.isEmpty()) {
            return maxBodySize;
        }
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        for (LargeBodyRoute route : largeBodyRoutes) {
            if (route.method().equals(method) && path != null && route.path().matcher(path).matches()) {
                return route.maxBytes();
            }
        }
        return maxBodySize;
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The limit of this request's route, as people read sizes. */
    public String humanSize(RoutingContext ctx) {
        return humanSize(limitOf(ctx));
    }

    static String humanSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MiB";
        }
        return bytes % 1024 == 0 ? (bytes / 1024) + " KiB" : bytes + " B";
    }

    private String write(Object problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
