package io.jiayi.followup;

import static io.jiayi.followup.FollowUpFixtures.sign;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jiayi.support.Directory;
import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Residents post blood pressure, glucose and weight from the app; health stations through staff for now. */
@QuarkusTest
class SelfMeasurementsTest {

    private static ValidatableResponse post(Registered resident, String patientId, Map<String, Object> body) {
        return post(resident, patientId, body, java.util.UUID.randomUUID().toString());
    }

    private static ValidatableResponse post(Registered resident, String patientId, Map<String, Object> body, String key) {
        return resident.request().contentType("application/json").body(body).header("Idempotency-Key", key)
                .post("/api/v1/me/patients/" + patientId + "/measurements").then();
    }

    @Test
    void aRetriedPostRecordsTheReadingOnce() {
        Registered resident = io.jiayi.support.Residents.registered();
        Map<String, Object> weight = measurement("WEIGHT", "weightKg", 61.5);
        String key = java.util.UUID.randomUUID().toString();
        String id = post(resident, resident.patientId(), weight, key).statusCode(201).extract().path("id");
        post(resident, resident.patientId(), weight, key).statusCode(201).body("id", org.hamcrest.Matchers.is(id));
        post(resident, resident.patientId(), measurement("WEIGHT", "weightKg", 62.0), key).statusCode(422)
                .body("code", org.hamcrest.Matchers.is("IDEMPOTENCY_KEY_REUSED"));
        resident.request().contentType("application/json").body(weight)
                .post("/api/v1/me/patients/" + resident.patientId() + "/measurements").then().statusCode(400);
    }

    private static Map<String, Object> measurement(String kind, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("source", "APP");
        body.put("measuredAt", OffsetDateTime.now(MutableClock.get()).minusHours(1).toString());
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void eachKindTakesItsOwnValuesAndNothingFromTheFuture() {
        Registered resident = Residents.registered();
        String me = resident.patientId();
        String location = post(resident, me, measurement("WEIGHT", "weightKg", 68.4)).statusCode(201)
                .body("kind", is("WEIGHT")).body("readings[0].reading", is("WEIGHT"))
                .body("readings[0].value", is(68.4f)).body("readings[0].unit", is("kg"))
                .extract().header("Location");
        resident.request().get(location).then().statusCode(200).body("source", is("APP"))
                .body("readings[0].value", is(68.4f));
        post(resident, me, measurement("BLOOD_PRESSURE", "systolicMmhg", 130, "diastolicMmhg", 85, "pulse", 70))
                .statusCode(201).body("readings.reading", containsInAnyOrder("SYSTOLIC", "DIASTOLIC", "PULSE"));
        post(resident, me, measurement("BLOOD_PRESSURE", "systolicMmhg", 130)).statusCode(400)
                .body("code", is("VALIDATION_FAILED")).body("errors.field", contains("diastolicMmhg"));
        post(resident, me, measurement("GLUCOSE", "glucoseMmol", 6.1, "glucoseTiming", "FASTING", "weightKg", 60))
                .statusCode(400).body("errors.field", contains("weightKg"));
        post(resident, me, measurement("GLUCOSE", "glucoseMmol", 6.1)).statusCode(400)
                .body("errors.field", contains("glucoseTiming"));
        post(resident, me, measurement("GLUCOSE", "glucoseMmol", 6.15, "glucoseTiming", "FASTING")).statusCode(400)
                .body("errors.field", contains("glucoseMmol"));
        post(resident, me, measurement("BLOOD_PRESSURE", "systolicMmhg", 400, "diastolicMmhg", 85)).statusCode(400)
                .body("errors.field", contains("systolicMmhg"));
        Map<String, Object> future = measurement("WEIGHT", "weightKg", 68);
        future.put("measuredAt", OffsetDateTime.now(MutableClock.get()).plusHours(1).toString());
        post(resident, me, future).statusCode(400).body("errors.field", contains("measuredAt"));
        post(resident, me, measurement("WEIGHT", "weightKg", 68, "source", "PIGEON")).statusCode(400)
                .body("code", is("UNKNOWN_ENUM_VALUE"));
        resident.request().get("/api/v1/me/patients/" + me + "/readings").then().body("total", is(2));
    }

    @Test
    void aManagerPostsForAMemberAndStrangersCannot() {
        Registered manager = Residents.registered();
        String child = FollowUpFixtures.addChild(manager);
        post(manager, child, measurement("WEIGHT", "weightKg", 25.5)).statusCode(201)
                .body("patientId", is(child));
        Registered stranger = Residents.registered();
        post(stranger, child, measurement("WEIGHT", "weightKg", 25.5)).statusCode(404);
        post(stranger, java.util.UUID.randomUUID().toString(), measurement("WEIGHT", "weightKg", 25.5)).statusCode(404);
    }

    @Test
    void healthStationReadingsArrivePushedByStaffAndFeedTheDoctorsAlerts() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        String staff = TestTokens.staffOf(Directory.institutionId("CHC-XINHUA"));
        Map<String, Object> reading = measurement("BLOOD_PRESSURE", "systolicMmhg", 165, "diastolicMmhg", 95,
                "source", "HEALTH_STATION");
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("idNumber", resident.idNumber(), "measurement", reading))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/measurements").then().statusCode(200)
                .body("patientId", is(resident.patientId())).body("source", is("HEALTH_STATION"))
                .body("alert.level", is("ALERT"));
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("idNumber", "110101199003077777", "measurement", reading))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/measurements").then().statusCode(400).body("code", is("INVALID_ID_NUMBER"));
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("idNumber", io.jiayi.support.TestIdNumbers.adult(FollowUpFixtures.today()),
                        "measurement", reading))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/measurements").then().statusCode(404).body("code", is("RESOURCE_NOT_FOUND"));
        Map<String, Object> incomplete = measurement("BLOOD_PRESSURE", "systolicMmhg", 165);
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("idNumber", resident.idNumber(), "measurement", incomplete))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/measurements").then().statusCode(400)
                .body("errors.field", contains("measurement.diastolicMmhg"));
        resident.request().contentType("application/json")
                .body(Map.of("idNumber", resident.idNumber(), "measurement", reading))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/measurements").then().statusCode(403);
        doctor.request().get("/api/v1/doctors/me/follow-up-alerts").then()
                .body("items[0].source", is("HEALTH_STATION")).body("total", is(1));
        doctor.request().get("/api/v1/doctors/me/patients/" + resident.patientId() + "/readings").then()
                .body("items[0].source", is("HEALTH_STATION")).body("items[0].origin", is("SELF_MEASUREMENT"))
                .body("items[0].alertLevel", is("ALERT"));
    }
}
