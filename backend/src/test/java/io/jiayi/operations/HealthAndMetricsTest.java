package io.jiayi.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessChecksPostgresAndRedis() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"))
                .body("checks.name", hasItem("Redis connection health check"));
    }

    @Test
    void prometheusMetricsCountTheApisRequests() {
        given().get("/api/v1/streets").then().statusCode(200);
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/streets\""))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void aRefusedSignInIsCountedUnderThePathTemplateAndAnsweredAsAProblem() {
        String slot = UUID.randomUUID().toString();
        given().get("/api/v1/bookings/availability/" + slot)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", is("UNAUTHENTICATED"));
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("status=\"401\",uri=\"/api/v1/bookings/availability/{slotId}\""))
                .body(not(containsString(slot)));
    }

    @Test
    void aSignedInRequestIsCountedUnderItsPathTemplate() {
        String slot = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.resident())
                .get("/api/v1/bookings/availability/" + slot)
                .then().statusCode(404);
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("status=\"404\",uri=\"/api/v1/bookings/availability/{slotId}\""))
                .body(not(containsString(slot)));
    }
}
