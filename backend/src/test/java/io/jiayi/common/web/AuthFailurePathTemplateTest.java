package io.jiayi.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.junit.jupiter.api.Test;

import io.jiayi.identity.token.AccessTokens;
import io.jiayi.support.TestTokens;
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
            router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
                if (ctx.request().getHeader(PROBE) != null) {
                    FAILED_TO_VERTX.incrementAndGet();
                }
                ctx.next();
            });
        }
    }

    /** Probed requests failed to Vert.x: each such request gets a second answer besides the REST layer's. */
    static final AtomicInteger FAILED_TO_VERTX = new AtomicInteger();

    @Test
    void theRestLayerReceivesTheHandlerThatWorksTheTemplateOutOnlyOnFailure() {
        given().header(PROBE, "1").get("/api/v1/streets")
                .then().statusCode(200).header(PROBE, is("deferred"));
    }

    @Test
    void aTokenRefusedInsideTheRestLayerIsAnsweredByItAlone() {
        FAILED_TO_VERTX.set(0);
        String tokenOfNoApp = TestTokens.issue(AccessTokens.Grant.partner(UUID.randomUUID(), "jp_nobody",
                Optional.empty(), Set.of("bookings:check-in")));

        given().header(PROBE, "1").auth().oauth2(tokenOfNoApp).contentType("application/json")
                .body(Map.of("bookingNo", "BK-20000101-AAAAAAAAAA", "checkInCode", "123456"))
                .post("/api/partner/v1/bookings/check-in")
                .then().statusCode(401).contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));

        assertEquals(0, FAILED_TO_VERTX.get());
    }
}
