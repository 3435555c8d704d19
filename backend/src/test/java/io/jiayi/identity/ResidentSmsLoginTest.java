package io.jiayi.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jiayi.support.MutableClock;
import io.jiayi.support.RecordingSmsSender;
import io.jiayi.support.Residents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Residents sign in with their phone and a six-digit code, within the limits that keep SMS abuse out. */
@QuarkusTest
class ResidentSmsLoginTest {

    private static ValidatableResponse requestCode(String phone, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("phone", phone)).post("/api/v1/auth/sms-codes").then();
    }

    private static ValidatableResponse login(String phone, String code, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("phone", phone, "code", code)).post("/api/v1/auth/sms-login").then();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aFirstLoginOpensTheAccountAndLaterLoginsReachTheSameOne() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode(phone, address).statusCode(202)
                .body("expiresAt", notNullValue())
                .header("RateLimit-Limit", "10")
                .header("RateLimit-Remaining", "9");
        String first = login(phone, RecordingSmsSender.get().lastCode(phone), address).statusCode(200)
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(900))
                .body("refreshToken", notNullValue())
                .extract().path("accessToken");
        String accountId = given().auth().oauth2(first).get("/api/v1/me").then().statusCode(200)
                .body("phone", is(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("realName", org.hamcrest.Matchers.nullValue())
                .extract().path("id");

        MutableClock.get().advance(Duration.ofSeconds(61));
        requestCode(phone, address).statusCode(202).header("RateLimit-Remaining", "8");
        String second = login(phone, RecordingSmsSender.get().lastCode(phone), address).statusCode(200)
                .extract().path("accessToken");
        given().auth().oauth2(second).get("/api/v1/me").then().statusCode(200).body("id", is(accountId));
    }

    @Test
    void aCodeWorksOnce() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode(phone, address).statusCode(202);
        String code = RecordingSmsSender.get().lastCode(phone);
        login(phone, code, address).statusCode(200);
        login(phone, code, address).statusCode(401).body("code", is("SMS_CODE_EXPIRED"));
    }

    @Test
    void aCodeLapsesAfterFiveMinutes() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode(phone, address).statusCode(202);
        String code = RecordingSmsSender.get().lastCode(phone);
        MutableClock.get().advance(Duration.ofMinutes(5).plusSeconds(2));
        login(phone, code, address).statusCode(401).contentType("application/problem+json")
                .body("code", is("SMS_CODE_EXPIRED"));
    }

    @Test
    void fiveWrongTriesVoidTheCode() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode(phone, address).statusCode(202);
        String code = RecordingSmsSender.get().lastCode(phone);
        for (int left = 4; left >= 1; left--) {
            login(phone, wrong(code), address).statusCode(401).body("code", is("SMS_CODE_INVALID"))
                    .body("detail", containsString(Integer.toString(left)));
        }
        login(phone, wrong(code), address).statusCode(401).body("code", is("SMS_CODE_TRIES_EXCEEDED"));
        login(phone, code, address).statusCode(401).body("code", is("SMS_CODE_EXPIRED"));
    }

    @Test
    void oneCodeAMinutePerPhone() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode(phone, address).statusCode(202);
        String retryAfter = requestCode(phone, address).statusCode(429)
                .contentType("application/problem+json")
                .body("code", is("SMS_RESEND_TOO_SOON"))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        org.junit.jupiter.api.Assertions.assertTrue(seconds >= 1 && seconds <= 60, "Retry-After " + seconds);
        MutableClock.get().advance(Duration.ofSeconds(61));
        requestCode(phone, address).statusCode(202);
    }

    @Test
    void tenCodesADayPerPhone() {
        MutableClock.get().advanceToTomorrowAt(LocalTime.of(8, 0));
        String phone = Residents.newPhone();
        for (int i = 1; i <= 10; i++) {
            requestCode(phone, Residents.newAddress()).statusCode(202)
                    .header("RateLimit-Remaining", Integer.toString(10 - i));
            MutableClock.get().advance(Duration.ofSeconds(61));
        }
        requestCode(phone, Residents.newAddress()).statusCode(429)
                .body("code", is("SMS_DAILY_LIMIT_REACHED"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        MutableClock.get().advanceToTomorrowAt(LocalTime.of(8, 0));
        requestCode(phone, Residents.newAddress()).statusCode(202);
    }

    @Test
    void oneClientAddressGetsTwentyCodesAnHour() {
        MutableClock.get().advanceToTomorrowAt(LocalTime.of(9, 1));
        String address = Residents.newAddress();
        for (int i = 0; i < 20; i++) {
            requestCode(Residents.newPhone(), address).statusCode(202);
        }
        String phone = Residents.newPhone();
        requestCode(phone, address).statusCode(429).body("code", is("TOO_MANY_REQUESTS_FROM_ADDRESS"))
                .header("Retry-After", notNullValue());
        requestCode(phone, Residents.newAddress()).statusCode(202);
    }

    @Test
    void codesAreNotSharedBetweenPhones() {
        String phone = Residents.newPhone();
        String other = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode(phone, address).statusCode(202);
        requestCode(other, address).statusCode(202);
        login(other, RecordingSmsSender.get().lastCode(phone).equals(RecordingSmsSender.get().lastCode(other))
                ? wrong(RecordingSmsSender.get().lastCode(other)) : RecordingSmsSender.get().lastCode(phone), address)
                .statusCode(401);
    }

    @Test
    void aPhoneIsAcceptedWithACountryCodeAndSpaces() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        requestCode("+86 " + phone.substring(0, 3) + " " + phone.substring(3), address).statusCode(202);
        login(phone, RecordingSmsSender.get().lastCode(phone), address).statusCode(200);
    }

    @Test
    void anInvalidPhoneIsAFieldError() {
        requestCode("12345", Residents.newAddress()).statusCode(400).body("errors[0].field", is("phone"));
        login(Residents.newPhone(), "12ab56", Residents.newAddress()).statusCode(400)
                .body("errors[0].field", is("code"));
    }

    @Test
    void theSmsTextCarriesTheCodeAndNothingLeaksIntoTheAnswer() {
        String phone = Residents.newPhone();
        String address = Residents.newAddress();
        String body = requestCode(phone, address).statusCode(202).extract().asString();
        String code = RecordingSmsSender.get().lastCode(phone);
        assertEquals(6, code.length());
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString(code)));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString(phone)));
    }
}
