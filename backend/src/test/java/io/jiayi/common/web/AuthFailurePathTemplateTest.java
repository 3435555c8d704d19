package io.jiayi.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;

/**
 * The deferred path template only works while this route runs between HTTP security's
 * authentication handler and the REST filter of the same order; an upgrade that moves either
 * must fail here, not silently bring the per-request cost back.
 */
@QuarkusTest
class AuthFailurePathTemplateTest {

    static final String PROBE = "X-Test-Auth-Failure-Handler";

    /** Reports, after both filters ran, which failure handler the request carries. */
    @ApplicationScoped
    static class Probe {

        void register(@Observes Router router) {
            router.route().order(AuthFailurePathTemplate.ORDER + 1).handler(ctx -> {
                if (ctx.request().getHeader(PROBE) != null) {
                    Object handler = ctx.get(AuthFailurePathTemplate.FAILURE_HANDLER);
                    ctx.response().putHeader(PROBE, handler == AuthFailurePathTemplate.FAIL_TO_REST ? "deferred"
                            : String.valueOf(handler == null ? null : handler.getClass().getName()));
                }
                ctx.next();
            });
        }
    }

    @Test
    void theRestLayerReceivesTheHandlerThatWorksTheTemplateOutOnlyOnFailure() {
        given().header(PROBE, "1").get("/api/v1/streets")
                .then().statusCode(200).header(PROBE, is("deferred"));
    }
}
