package io.jiayi.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** Family doctors of the directory with accounts of their own, as a centre's staff would set them up. */
public final class FamilyDoctorAccounts {

    private static final String PASSWORD = "Family-doctor-2026";

    public record FamilyDoctor(String doctorId, String centreId, String username, String token) {
        public RequestSpecification request() {
            return given().auth().oauth2(token);
        }
    }

    private FamilyDoctorAccounts() {
    }

    /** A new family doctor at {@code centreCode}, with a login, so tests never share a panel. */
    public static FamilyDoctor create(String centreCode) {
        String centre = Directory.institutionId(centreCode);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String doctorId = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "DR-T-" + suffix, "institutionId", centre, "name", "测试家医", "gender", "FEMALE",
                        "title", "ATTENDING_PHYSICIAN", "specialty", "全科医学", "familyDoctor", true))
                .post("/api/v1/doctors").then().statusCode(201).extract().path("id");
        String username = "fd." + suffix.toLowerCase();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD, "role", "DOCTOR", "institutionId", centre,
                        "doctorId", doctorId))
                .post("/api/v1/staff-accounts").then().statusCode(201);
        return new FamilyDoctor(doctorId, centre, username, login(username, PASSWORD));
    }

    /** The same doctor signed in again, e.g. after the test clock moved past the token's life. */
    public static FamilyDoctor relogin(FamilyDoctor doctor) {
        return new FamilyDoctor(doctor.doctorId(), doctor.centreId(), doctor.username(),
                login(doctor.username(), PASSWORD));
    }

    public static String login(String username, String password) {
        return given().contentType("application/json").body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/password-login").then().statusCode(200).extract().path("accessToken");
    }
}
