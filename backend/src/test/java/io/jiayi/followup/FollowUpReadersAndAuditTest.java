package io.jiayi.followup;

import static io.jiayi.followup.FollowUpFixtures.answer;
import static io.jiayi.followup.FollowUpFixtures.bloodPressure;
import static io.jiayi.followup.FollowUpFixtures.dueToday;
import static io.jiayi.followup.FollowUpFixtures.hypertension;
import static io.jiayi.followup.FollowUpFixtures.sign;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A resident's readings and follow-ups are read by the resident, a manager of the member and
 * the family doctor; nobody else finds them. Every read leaves an audit entry; refusals leave none.
 */
@QuarkusTest
class FollowUpReadersAndAuditTest {

    private static ValidatableResponse audit(String personId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("subjectPersonId", personId)
                .get("/api/v1/audit-entries").then().statusCode(200);
    }

    @Test
    void theTimelineJoinsAnswersAndSelfMeasurementsForItsThreeReaders() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XIANXIA");
        Registered manager = Residents.registered();
        String child = FollowUpFixtures.addChild(manager);
        sign(manager, doctor, List.of(manager.patientId(), child));
        String followUp = dueToday(doctor, manager.patientId(), "HYPERTENSION");
        answer(manager, followUp, hypertension(132, 84)).statusCode(200);
        bloodPressure(manager, manager.patientId(), 128, 80).statusCode(201);
        bloodPressure(manager, child, 100, 65).statusCode(201);

        manager.request().get("/api/v1/me/patients/" + manager.patientId() + "/readings").then().statusCode(200)
                .body("total", is(2))
                .body("items.origin", containsInAnyOrder("FOLLOW_UP", "SELF_MEASUREMENT"))
                .body("items.find { it.origin == 'FOLLOW_UP' }.followUpId", is(followUp))
                .body("items.find { it.origin == 'FOLLOW_UP' }.source", is("ONLINE"))
                .body("items.find { it.origin == 'FOLLOW_UP' }.readings.value", containsInAnyOrder(132, 84));
        manager.request().get("/api/v1/me/patients/" + child + "/readings").then().body("total", is(1))
                .body("items[0].readings.find { it.reading == 'SYSTOLIC' }.value", is(100));
        doctor.request().get("/api/v1/doctors/me/patients/" + manager.patientId() + "/readings").then()
                .statusCode(200).body("total", is(2));
        doctor.request().get("/api/v1/doctors/me/patients/" + child + "/readings").then().statusCode(200)
                .body("items", hasSize(1));
        String today = FollowUpFixtures.today().toString();
        doctor.request().queryParam("from", today).queryParam("to", today)
                .get("/api/v1/doctors/me/patients/" + manager.patientId() + "/readings").then().body("total", is(2));
        doctor.request().queryParam("from", FollowUpFixtures.today().plusDays(1).toString())
                .get("/api/v1/doctors/me/patients/" + manager.patientId() + "/readings").then().body("total", is(0));
        doctor.request().queryParam("from", "yesterday")
                .get("/api/v1/doctors/me/patients/" + manager.patientId() + "/readings").then().statusCode(400)
                .body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void othersFindNothingAndLeaveNoTrace() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XIANXIA");
        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-XIANXIA");
        Registered resident = Residents.registered();
        Registered stranger = Residents.registered();
        sign(resident, doctor);
        String measurement = bloodPressure(resident, resident.patientId(), 128, 80).statusCode(201).extract().path("id");
        String followUp = dueToday(doctor, resident.patientId(), "HYPERTENSION");

        stranger.request().get("/api/v1/me/patients/" + resident.patientId() + "/readings").then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        stranger.request().get("/api/v1/me/patients/" + resident.patientId() + "/measurements/" + measurement).then()
                .statusCode(404);
        stranger.request().get("/api/v1/me/patients/" + stranger.patientId() + "/measurements/" + measurement).then()
                .statusCode(404);
        stranger.request().get("/api/v1/me/follow-ups/" + followUp).then().statusCode(404);
        other.request().get("/api/v1/doctors/me/patients/" + resident.patientId() + "/readings").then().statusCode(404);
        other.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(404);
        given().auth().oauth2(TestTokens.staffOf(doctor.centreId()))
                .get("/api/v1/doctors/me/patients/" + resident.patientId() + "/readings").then().statusCode(403);
        resident.request().get("/api/v1/doctors/me/patients/" + resident.patientId() + "/readings").then()
                .statusCode(403);
        audit(resident.patientId()).body("total", is(0));
    }

    @Test
    void everyReadOfFollowUpDataLeavesAnAuditEntry() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-HONGQIAO");
        Registered manager = Residents.registered();
        String child = FollowUpFixtures.addChild(manager);
        sign(manager, doctor, List.of(manager.patientId(), child));
        String followUp = dueToday(doctor, child, "HYPERTENSION");
        answer(manager, followUp, hypertension(186, 96)).statusCode(200);
        String measurement = bloodPressure(manager, child, 120, 80).statusCode(201).extract().path("id");
        audit(child).body("total", is(0));

        manager.request().get("/api/v1/me/follow-ups/" + followUp).then().statusCode(200);
        manager.request().get("/api/v1/me/patients/" + child + "/readings").then().statusCode(200);
        manager.request().get("/api/v1/me/patients/" + child + "/measurements/" + measurement).then().statusCode(200);
        String alert = doctor.request().get("/api/v1/doctors/me/follow-up-alerts").then().statusCode(200)
                .body("total", is(1)).extract().path("items[0].id");
        doctor.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(200);
        doctor.request().get("/api/v1/doctors/me/patients/" + child + "/readings").then().statusCode(200);

        audit(child).body("total", is(6))
                .body("items.action", everyItem(is("READ")))
                .body("items.subjectPersonId", everyItem(is(child)))
                .body("items.resourceType", containsInAnyOrder("FOLLOW_UP", "FOLLOW_UP_READINGS", "SELF_MEASUREMENT",
                        "FOLLOW_UP_ALERT", "FOLLOW_UP", "FOLLOW_UP_READINGS"))
                .body("items.findAll { it.actorRole == 'RESIDENT' }.address",
                        everyItem(is(manager.resident().address())))
                .body("items.findAll { it.actorRole == 'DOCTOR' }.resourceType",
                        containsInAnyOrder("FOLLOW_UP_ALERT", "FOLLOW_UP", "FOLLOW_UP_READINGS"))
                .body("items.find { it.resourceType == 'FOLLOW_UP_ALERT' }.resourceId", is(alert))
                .body("items.find { it.resourceType == 'SELF_MEASUREMENT' }.resourceId", is(measurement))
                .body("items.findAll { it.resourceType == 'FOLLOW_UP' }.resourceId", contains(followUp, followUp))
                .body("items.traceId", everyItem(org.hamcrest.Matchers.matchesPattern("^[0-9a-f]{32}$")));
        audit(manager.patientId()).body("total", is(0));
    }
}
