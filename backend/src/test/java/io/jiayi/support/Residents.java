package io.jiayi.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.specification.RequestSpecification;

/** Residents as the mobile app makes them: a phone, an SMS code, optionally a real name. */
public final class Residents {

    public static final String CONSENT_VERSION = "2026-11-v1";

    /** A signed-in resident. */
    public record Resident(String phone, String accessToken, String refreshToken, String address) {

        public RequestSpecification request() {
            return given().auth().oauth2(accessToken).header("X-Forwarded-For", address);
        }
    }

    private Residents() {
    }

    public static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A client address of its own, so no test eats another's per-address quota. */
    public static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public static Resident signIn() {
        return signIn(newPhone());
    }

    public static Resident signIn(String phone) {
        String address = newAddress();
        given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("phone", phone)).post("/api/v1/auth/sms-codes").then().statusCode(202);
        var tokens = given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("phone", phone, "code", RecordingSmsSender.get().lastCode(phone)))
                .post("/api/v1/auth/sms-login").then().statusCode(200).extract().jsonPath();
        return new Resident(phone, tokens.getString("accessToken"), tokens.getString("refreshToken"), address);
    }

    /** A signed-in resident with a registered real name; returns its patient id too. */
    public static Registered registered() {
        Resident resident = signIn();
        String idNumber = TestIdNumbers.adult(LocalDate.now(MutableClock.get()));
        String patientId = resident.request().contentType("application/json")
                .body(Map.of("name", "测试居民", "idNumber", idNumber,
                        "healthDataConsent", Map.of("version", CONSENT_VERSION, "accepted", true)))
                .put("/api/v1/me/real-name").then().statusCode(200).extract().path("realName.patientId");
        return new Registered(resident, idNumber, patientId);
    }

    /** The same resident signed in again, e.g. after the test clock moved past the token's life. */
    public static Registered signInAgain(Registered registered) {
        return new Registered(signIn(registered.resident().phone()), registered.idNumber(), registered.patientId());
    }

    public record Registered(Resident resident, String idNumber, String patientId) {
        public RequestSpecification request() {
            return resident.request();
        }
    }
}
