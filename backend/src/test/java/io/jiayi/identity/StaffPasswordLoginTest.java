package io.jiayi.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Doctors, staff and administrators sign in with a password; wrong ones lock the account for a while. */
@QuarkusTest
class StaffPasswordLoginTest {

    private static ValidatableResponse login(String username, String password) {
        return given().contentType("application/json").body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/password-login").then();
    }

    static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static ValidatableResponse createAccount(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/staff-accounts").then();
    }

    private static String newStaffOf(String institutionCode) {
        String username = "staff." + UUID.randomUUID().toString().substring(0, 8);
        createAccount(Map.of("username", username, "password", "Correct-horse-42", "role", "STAFF",
                "institutionId", Directory.institutionId(institutionCode))).statusCode(201);
        return username;
    }

    @Test
    void theDemoFamilyDoctorSignsInWithRoleInstitutionAndDoctorInTheToken() {
        String token = login("xinhua.doctor", "Doctor-Jiayi-2026").statusCode(200)
                .body("tokenType", is("Bearer"))
                .extract().path("accessToken");
        JsonPath claims = claims(token);
        assertEquals("doctor", claims.getList("groups").get(0));
        assertEquals(Directory.institutionId("CHC-XINHUA"), claims.getString("institutionId"));
        assertTrue(claims.getString("doctorId").matches("[0-9a-f-]{36}"));
        assertEquals("https://jiayi.changning.local", claims.getString("iss"));
        assertEquals(900L, claims.getLong("exp") - claims.getLong("iat"));
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"kid\"") && header.contains("RS256"), header);
    }

    @Test
    void theUsernameIsCaseInsensitive() {
        login("Admin", "Admin-Jiayi-2026").statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String wrong = login(newStaffOf("HOSP-TONGREN"), "Wrong-password-1").statusCode(401)
                .body("code", is("INVALID_CREDENTIALS")).extract().path("detail");
        String unknown = login("nobody." + UUID.randomUUID(), "Wrong-password-1").statusCode(401)
                .body("code", is("INVALID_CREDENTIALS")).extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void aPasswordLongerThanAnyThatCanBeSetIsSimplyWrong() {
        // 128 characters pass the request's own limit but are more than bcrypt reads (71 bytes and its terminator).
        login(newStaffOf("HOSP-TONGREN"), "Aa1" + "x".repeat(125)).statusCode(401).body("code", is("INVALID_CREDENTIALS"));
        login(newStaffOf("HOSP-TONGREN"), "医".repeat(40)).statusCode(401).body("code", is("INVALID_CREDENTIALS"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        String username = newStaffOf("HOSP-GUANGHUA");
        for (int i = 0; i < 4; i++) {
            login(username, "Wrong-password-" + i).statusCode(401).body("code", is("INVALID_CREDENTIALS"));
        }
        login(username, "Wrong-password-5").statusCode(429).body("code", is("ACCOUNT_LOCKED"))
                .header("Retry-After", "900");
        // Locked: even the right password is refused, without being checked.
        login(username, "Correct-horse-42").statusCode(429).body("code", is("ACCOUNT_LOCKED"))
                .body("lockedUntil", notNullValue());
        MutableClock.get().advance(Duration.ofMinutes(15).plusSeconds(1));
        login(username, "Correct-horse-42").statusCode(200);
    }

    @Test
    void wrongPasswordsSentAllAtOnceAreCountedOneByOne() throws Exception {
        String username = newStaffOf("HOSP-GUANGHUA");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 10; i++) {
                String guess = "Wrong-password-" + i;
                answers.add(pool.submit(() -> login(username, guess).extract().statusCode()));
            }
            Map<Integer, Integer> counted = new HashMap<>();
            for (var answer : answers) {
                counted.merge(answer.get(), 1, Integer::sum);
            }
            // Four are wrong passwords, the fifth locks the account and the rest meet the lock:
            // no guess was judged on a count another had already moved.
            assertEquals(Map.of(401, 4, 429, 6), counted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        String username = newStaffOf("HOSP-MCH");
        for (int i = 0; i < 4; i++) {
            login(username, "Wrong-password-" + i).statusCode(401);
        }
        login(username, "Correct-horse-42").statusCode(200);
        for (int i = 0; i < 4; i++) {
            login(username, "Wrong-password-" + i).statusCode(401);
        }
        login(username, "Correct-horse-42").statusCode(200);
    }

    @Test
    void adminsCreateDoctorAccountsBoundToTheirInstitution() {
        String centre = Directory.institutionId("CHC-TIANSHAN");
        // A doctor of its own: other tests open accounts for directory doctors too.
        String doctorId = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "DR-ACC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "institutionId", centre, "name", "账号测试", "gender", "MALE", "title", "ATTENDING_PHYSICIAN",
                        "familyDoctor", true))
                .post("/api/v1/doctors").then().statusCode(201).extract().path("id");
        String username = "tianshan." + UUID.randomUUID().toString().substring(0, 6);
        String location = createAccount(Map.of("username", username, "password", "Family-doctor-7",
                "role", "DOCTOR", "institutionId", centre, "doctorId", doctorId)).statusCode(201)
                .body("role", is("DOCTOR")).body("doctorId", is(doctorId))
                .extract().header("Location");
        given().auth().oauth2(TestTokens.admin()).get(location).then().statusCode(200).body("username", is(username));
        String token = login(username, "Family-doctor-7").statusCode(200).extract().path("accessToken");
        assertEquals(doctorId, claims(token).getString("doctorId"));
        // One account per doctor.
        createAccount(Map.of("username", username + "2", "password", "Family-doctor-7", "role", "DOCTOR",
                "institutionId", centre, "doctorId", doctorId)).statusCode(409).body("code", is("DOCTOR_ACCOUNT_EXISTS"));
    }

    @Test
    void accountRulesAreEnforced() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        Map<String, Object> base = new HashMap<>(Map.of("username", "rules." + UUID.randomUUID().toString().substring(0, 6),
                "password", "Good-password-9", "role", "STAFF", "institutionId", tongren));

        Map<String, Object> weak = new HashMap<>(base);
        weak.put("password", "short1");
        createAccount(weak).statusCode(400).body("errors[0].field", is("password"));

        Map<String, Object> noInstitution = new HashMap<>(base);
        noInstitution.remove("institutionId");
        createAccount(noInstitution).statusCode(400).body("errors[0].field", is("institutionId"));

        String otherDoctor = given().queryParam("institutionId", Directory.institutionId("CHC-XINHUA"))
                .get("/api/v1/doctors").then().extract().path("items[0].id");
        Map<String, Object> foreignDoctor = new HashMap<>(base);
        foreignDoctor.put("role", "DOCTOR");
        foreignDoctor.put("doctorId", otherDoctor);
        createAccount(foreignDoctor).statusCode(422).body("code", is("DOCTOR_OF_OTHER_INSTITUTION"));

        createAccount(base).statusCode(201);
        Map<String, Object> taken = new HashMap<>(base);
        taken.put("username", ((String) base.get("username")).toUpperCase());
        createAccount(taken).statusCode(409).body("code", is("USERNAME_TAKEN"));
    }

    @Test
    void onlyAdminsCreateAccounts() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        given().auth().oauth2(TestTokens.staffOf(tongren)).contentType("application/json")
                .body(Map.of("username", "x.y.z", "password", "Good-password-9", "role", "ADMIN"))
                .post("/api/v1/staff-accounts").then().statusCode(403).body("code", is("FORBIDDEN"));
        given().contentType("application/json")
                .body(Map.of("username", "x.y.z", "password", "Good-password-9", "role", "ADMIN"))
                .post("/api/v1/staff-accounts").then().statusCode(401)
                .body("detail", containsString("登录"));
    }
}
