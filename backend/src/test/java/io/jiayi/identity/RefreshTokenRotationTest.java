package io.jiayi.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Refresh tokens work once; a second use ends the whole sign-in; logout ends it too. */
@QuarkusTest
class RefreshTokenRotationTest {

    private static ValidatableResponse refresh(String token) {
        return given().contentType("application/json").body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh").then();
    }

    @Test
    void aRefreshGivesTheNextPairForTheSameAccount() {
        Residents.Resident resident = Residents.signIn();
        String accountId = resident.request().get("/api/v1/me").then().extract().path("id");
        var next = refresh(resident.refreshToken()).statusCode(200)
                .body("refreshToken", not(is(resident.refreshToken())))
                .extract().jsonPath();
        given().auth().oauth2(next.getString("accessToken")).get("/api/v1/me").then().statusCode(200)
                .body("id", is(accountId));
        refresh(next.getString("refreshToken")).statusCode(200);
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeFamily() {
        Residents.Resident resident = Residents.signIn();
        String second = refresh(resident.refreshToken()).statusCode(200).extract().path("refreshToken");
        String third = refresh(second).statusCode(200).extract().path("refreshToken");

        // The first token again: stolen, or replayed. Everything it led to stops working.
        refresh(resident.refreshToken()).statusCode(401).contentType("application/problem+json")
                .body("code", is("REFRESH_TOKEN_REUSED"));
        refresh(third).statusCode(401).body("code", is("REFRESH_TOKEN_INVALID"));

        // Another sign-in of the same resident is a family of its own and goes on.
        MutableClock.get().advance(Duration.ofSeconds(61));
        Residents.Resident again = Residents.signIn(resident.phone());
        refresh(again.refreshToken()).statusCode(200);
    }

    @Test
    void twoConcurrentUsesOfOneTokenLetAtMostOneThrough() throws Exception {
        Residents.Resident resident = Residents.signIn();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> call = () -> refresh(resident.refreshToken()).extract().statusCode();
                results.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutEndsTheSignIn() {
        Residents.Resident resident = Residents.signIn();
        String second = refresh(resident.refreshToken()).statusCode(200).extract().path("refreshToken");
        given().contentType("application/json").body(Map.of("refreshToken", second))
                .post("/api/v1/auth/logout").then().statusCode(204);
        refresh(second).statusCode(401).body("code", is("REFRESH_TOKEN_INVALID"));
        // Logging out twice, or with a token we never issued, is harmless.
        given().contentType("application/json").body(Map.of("refreshToken", second))
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType("application/json").body(Map.of("refreshToken", "never-issued"))
                .post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void aRefreshTokenLapsesAfterThirtyDays() {
        Residents.Resident resident = Residents.signIn();
        MutableClock.get().advance(Duration.ofDays(30).plusSeconds(1));
        refresh(resident.refreshToken()).statusCode(401).body("code", is("REFRESH_TOKEN_INVALID"));
    }

    @Test
    void aStaffRefreshKeepsTheRoles() {
        String refreshToken = given().contentType("application/json")
                .body(Map.of("username", "tongren.staff", "password", "Staff-Jiayi-2026"))
                .post("/api/v1/auth/password-login").then().statusCode(200).extract().path("refreshToken");
        String access = refresh(refreshToken).statusCode(200).extract().path("accessToken");
        assertEquals("staff", StaffPasswordLoginTest.claims(access).getList("groups").get(0));
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refresh("not-a-token-we-issued").statusCode(401).body("code", is("REFRESH_TOKEN_INVALID"));
    }
}
