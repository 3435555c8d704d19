package io.jiayi.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With Redis unreachable the instance must leave the load balancer, while staying alive, and
 * answer what needs Redis "try again later" (503), not as a failure of its own (500).
 * Tagged to run in a JVM of its own (see backend/pom.xml): it needs an app started with
 * other settings, and a second app start in one JVM would be handed the first one's
 * Dev Services addresses.
 */
@Tag("own-app")
@QuarkusTest
@TestProfile(RedisDownReadinessTest.UnreachableRedis.class)
class RedisDownReadinessTest {

    public static class UnreachableRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + closedPort(),
                    "quarkus.redis.timeout", "2s");
        }

        private static int closedPort() {
            // A port that was free a moment ago: nothing listens there.
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void readinessIsDownWhenRedisIsUnreachable() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.find { it.name == 'Redis connection health check' }.status", is("DOWN"))
                .body("checks.find { it.name == 'Reactive PostgreSQL connections health check' }.status", is("UP"));
    }

    @Test
    void aRequestThatNeedsRedisWhileItIsUnreachableIsAnsweredTryAgainLater() {
        given().contentType("application/json").body(Map.of("phone", "13800138000"))
                .post("/api/v1/auth/sms-codes")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", is("SERVICE_UNAVAILABLE"))
                .body("detail", is("服务暂时繁忙，请稍后重试。"));
    }

    @Test
    void livenessStaysUpWhenRedisIsUnreachable() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
