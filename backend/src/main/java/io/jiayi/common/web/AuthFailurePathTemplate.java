package io.jiayi.common.web;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.Deployment;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Works the metrics' path template out only for a request whose authentication fails, not for
 * every request.
 * <p>
 * In Quarkus 3.33, with HTTP metrics on, the REST filter that hands authentication failures to the
 * REST layer (priority 199) also works out each request's path template up front, in case
 * authentication fails later (so that a 401 is counted under {@code /bookings/{id}}, not under
 * each id). That builds a request mapper of every resource class per request: 15-20 % of the CPU
 * of a lock refused at the gate and of the availability read (Java Flight Recorder,
 * bench/RESULTS.md, 2026-11-26). This route runs just before that filter (same order; routes added
 * from the Router event come before the filters) and installs the handler that filter would have
 * installed, with the template worked out inside it; the filter then leaves the request alone.
 * <p>
 * Like the handler it replaces, it stands only until the REST layer takes the request: from then
 * on an authentication that fails (a token refused by an augmentor, say) is answered by the REST
 * layer's exception mappers alone. Left installed, it would also fail the request to Vert.x, and
 * the request would be answered twice.
 * Delete this class with an upgrade to a Quarkus that defers the work itself.
 */
@ApplicationScoped
public class AuthFailurePathTemplate {

    static final String FAILURE_HANDLER = "io.quarkus.vertx.http.auth-failure-handler";
    /** The REST filter's priority, 199, as a route order. */
    static final int ORDER = -199;

    /** As that filter's own handler: fail the request, for the REST layer's exception mappers to answer. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_TO_REST = (ctx, failure) -> {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment != null) {
            ObservabilityIntegrationRecorder.setTemplatePath(ctx, deployment);
        }
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
            ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            if (ctx.get(FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
                ctx.put(FAILURE_HANDLER, FAIL_TO_REST);
            }
            ctx.next();
        });
    }

    /** As Quarkus removes its own handler when the REST layer begins with a request. */
    @ServerRequestFilter(preMatching = true)
    void restLayerAnswersFailuresFromHereOn(RoutingContext ctx) {
        if (ctx.get(FAILURE_HANDLER) == FAIL_TO_REST) {
            ctx.remove(FAILURE_HANDLER);
        }
    }
}
