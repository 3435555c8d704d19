package io.jiayi.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.support.BehindARowLock;

import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.jiayi.support.TestIdNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A resident registers their real name once, with the separate consent to process health data. */
@QuarkusTest
class RealNameRegistrationTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> request(String name, String idNumber, String version, Boolean accepted) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("version", version);
        consent.put("accepted", accepted);
        return Map.of("name", name, "idNumber", idNumber, "healthDataConsent", consent);
    }

    private static ValidatableResponse register(Residents.Resident resident, Map<String, Object> body) {
        return resident.request().contentType("application/json").body(body).put("/api/v1/me/real-name").then();
    }

    private static LocalDate today() {
        return LocalDate.now(MutableClock.get());
    }

    @Test
    void aLoginWhileTheRealNameIsRegisteredKeepsTheRealName() throws Exception {
        Residents.Resident resident = Residents.signIn();
        String idNumber = TestIdNumbers.adult(today());
        MutableClock.get().advance(java.time.Duration.ofSeconds(61)); // past the SMS resend interval
        List<Object> answers = BehindARowLock.<Object> run(dataSource, "resident_account", accountOf(resident),
                () -> register(resident, request("王伟", idNumber, Residents.CONSENT_VERSION, true)).extract().statusCode(),
                () -> Residents.signIn(resident.phone()));
        assertEquals(200, answers.get(0));
        Residents.Resident again = (Residents.Resident) answers.get(1);
        again.request().get("/api/v1/me").then().statusCode(200).body("realName.name", is("王伟"));
        register(again, request("王伟", idNumber, Residents.CONSENT_VERSION, true)).statusCode(409)
                .body("code", is("REAL_NAME_ALREADY_REGISTERED"));
    }

    /** The account's id: the subject of its access token. */
    private static String accountOf(Residents.Resident resident) {
        String payload = resident.accessToken().split("\\.")[1];
        return io.restassured.path.json.JsonPath.from(new String(java.util.Base64.getUrlDecoder().decode(payload),
                StandardCharsets.UTF_8)).getString("sub");
    }

    @Test
    void registrationDerivesBirthDateAndSexAndMasksTheNumber() {
        Residents.Resident resident = Residents.signIn();
        String idNumber = TestIdNumbers.of(LocalDate.of(1980, 7, 15), false);
        String body = register(resident, request("李芳", idNumber, Residents.CONSENT_VERSION, true)).statusCode(200)
                .body("realName.name", is("李芳"))
                .body("realName.birthDate", is("1980-07-15"))
                .body("realName.sex", is("FEMALE"))
                .body("realName.idNumber", is(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("realName.patientId", matchesPattern("[0-9a-f-]{36}"))
                .body("consents", hasSize(1))
                .body("consents[0].purpose", is("HEALTH_DATA_PROCESSING"))
                .body("consents[0].version", is(Residents.CONSENT_VERSION))
                .extract().asString();
        assertFalse(body.contains(idNumber), "the full ID number never leaves the API");
        assertFalse(body.contains(resident.phone()), "nor the full phone");
        String profile = resident.request().get("/api/v1/me").then().statusCode(200)
                .body("realName.sex", is("FEMALE")).extract().asString();
        assertFalse(profile.contains(idNumber));
    }

    @Test
    void aLowerCaseXIsAccepted() {
        String idNumber;
        do {
            idNumber = TestIdNumbers.adult(today());
        } while (!idNumber.endsWith("X"));
        register(Residents.signIn(), request("周八", idNumber.toLowerCase(), Residents.CONSENT_VERSION, true))
                .statusCode(200)
                .body("realName.idNumber", is(idNumber.substring(0, 6) + "********" + idNumber.substring(14)));
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        String idNumber = TestIdNumbers.withWrongCheckDigit(TestIdNumbers.adult(today()));
        register(Residents.signIn(), request("王五", idNumber, Residents.CONSENT_VERSION, true)).statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_ID_NUMBER"))
                .body("errors[0].field", is("idNumber"))
                .body("errors[0].message", containsString("校验位"));
    }

    @Test
    void malformedNumbersAndImpossibleDatesAreRefused() {
        Residents.Resident resident = Residents.signIn();
        for (String bad : new String[] { "31010519800101123", "3101051980010112AB", "abcdefghijklmnopqr" }) {
            register(resident, request("王五", bad, Residents.CONSENT_VERSION, true)).statusCode(400)
                    .body("code", is("INVALID_ID_NUMBER"));
        }
        String impossibleDate = "31010519990230" + "123";
        register(resident, request("王五", impossibleDate + TestIdNumbers.checkDigit(impossibleDate),
                Residents.CONSENT_VERSION, true)).statusCode(400).body("errors[0].message", containsString("出生日期"));
        String future = TestIdNumbers.of(today().plusYears(1), true);
        register(resident, request("王五", future, Residents.CONSENT_VERSION, true)).statusCode(400)
                .body("code", is("INVALID_ID_NUMBER"));
    }

    @Test
    void theHealthDataConsentIsRequiredInItsCurrentVersion() {
        Residents.Resident resident = Residents.signIn();
        String idNumber = TestIdNumbers.adult(today());
        register(resident, request("赵六", idNumber, Residents.CONSENT_VERSION, false)).statusCode(422)
                .body("code", is("HEALTH_DATA_CONSENT_REQUIRED"))
                .body("currentVersion", is(Residents.CONSENT_VERSION));
        register(resident, request("赵六", idNumber, "2020-01-v0", true)).statusCode(422)
                .body("code", is("HEALTH_DATA_CONSENT_REQUIRED"));
        register(resident, request("赵六", idNumber, Residents.CONSENT_VERSION, true)).statusCode(200);
    }

    @Test
    void aRealNameIsRegisteredOnce() {
        Residents.Registered registered = Residents.registered();
        register(registered.resident(), request("测试居民", TestIdNumbers.adult(today()), Residents.CONSENT_VERSION, true))
                .statusCode(409).body("code", is("REAL_NAME_ALREADY_REGISTERED"));
    }

    @Test
    void twoAccountsCannotClaimOneIdNumber() {
        Residents.Registered first = Residents.registered();
        register(Residents.signIn(), request("测试居民", first.idNumber(), Residents.CONSENT_VERSION, true))
                .statusCode(409).body("code", is("ID_NUMBER_ALREADY_REGISTERED"));
    }

    @Test
    void phonesAndIdNumbersAreMaskedInCapturedLogOutput() throws IOException {
        Residents.Resident resident = Residents.signIn();
        String idNumber = TestIdNumbers.adult(today());
        register(resident, request("孙七", idNumber, Residents.CONSENT_VERSION, true)).statusCode(200);
        // Whatever a careless line writes, the log handlers mask it.
        Logger.getLogger("io.jiayi.audit").infof("careless line: phone %s, ID %s", resident.phone(), idNumber);

        String log = Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("careless line: phone " + resident.phone().substring(0, 3) + "****"), "line logged");
        assertTrue(log.contains(resident.phone().substring(0, 3) + "****" + resident.phone().substring(7)),
                "the SMS line shows the masked phone");
        assertFalse(log.contains(resident.phone()), "no clear phone in the log");
        assertFalse(log.contains(idNumber), "no clear ID number in the log");
    }

    @Test
    void aTokenIssuedAfterRegistrationNamesTheResidentsOwnPatient() {
        Residents.Registered registered = Residents.registered();
        io.restassured.path.json.JsonPath before = new io.restassured.path.json.JsonPath(new String(java.util.Base64
                .getUrlDecoder().decode(registered.resident().accessToken().split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertNull(before.get("personId"));
        MutableClock.get().advance(java.time.Duration.ofSeconds(61)); // past the SMS resend interval
        Residents.Registered again = Residents.signInAgain(registered);
        io.restassured.path.json.JsonPath after = new io.restassured.path.json.JsonPath(new String(java.util.Base64
                .getUrlDecoder().decode(again.resident().accessToken().split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertEquals(registered.patientId(), after.getString("personId"));
    }
}
