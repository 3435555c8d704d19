package io.jiayi.common.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jiayi.common.error.Messages;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses a body whose declared length exceeds the limit with a problem document. Quarkus
 * would refuse it too, a step later, but with an empty 413; bodies sent without a length are
 * cut off while read and reach {@code ProblemMappers} instead.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBodySize;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        // After TraceIds (Integer.MIN_VALUE), before Quarkus's own check (-2).
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length)) {
                var problem = ProblemResponses.problem(ProblemCode.PAYLOAD_TOO_LARGE,
                        Messages.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)), TraceIds.of(ctx),
                        List.of(), Map.of("maxBytes", maxBodySize), humanSize());
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(problem));
                return;
            }
            ctx.next();
        });
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public String humanSize() {
        return maxBodySize % 1024 == 0 ? (maxBodySize / 1024) + " KiB" : maxBodySize + " B";
    }

    private String write(Object problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
