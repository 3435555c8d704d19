package io.jiayi.followup;

import static io.jiayi.followup.FollowUpFixtures.answer;
import static io.jiayi.followup.FollowUpFixtures.bloodPressure;
import static io.jiayi.followup.FollowUpFixtures.dueToday;
import static io.jiayi.followup.FollowUpFixtures.glucose;
import static io.jiayi.followup.FollowUpFixtures.hypertension;
import static io.jiayi.followup.FollowUpFixtures.sign;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Abnormal readings raise alerts for the family doctor at the configured thresholds (systolic 140,
 * diastolic 90, urgent at 180 and 110; fasting glucose 7.0), whether answered or self-measured.
 */
@QuarkusTest
class FollowUpAlertsTest {

    private static String level(Registered resident, int systolic, int diastolic) {
        return bloodPressure(resident, resident.patientId(), systolic, diastolic).statusCode(201)
                .extract().path("alert.level");
    }

    @Test
    void bloodPressureAlertsStartExactlyAtEachThreshold() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-ZHOUJIAQIAO");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        org.junit.jupiter.api.Assertions.assertNull(level(resident, 139, 89));
        org.junit.jupiter.api.Assertions.assertEquals("ALERT", level(resident, 140, 80));
        org.junit.jupiter.api.Assertions.assertEquals("ALERT", level(resident, 120, 90));
        org.junit.jupiter.api.Assertions.assertEquals("ALERT", level(resident, 179, 109));
        org.junit.jupiter.api.Assertions.assertEquals("URGENT", level(resident, 180, 100));
        org.junit.jupiter.api.Assertions.assertEquals("URGENT", level(resident, 150, 110));
        doctor.request().get("/api/v1/doctors/me/follow-up-alerts").then().statusCode(200)
                .body("total", is(5))
                .body("items.level", contains("URGENT", "URGENT", "ALERT", "ALERT", "ALERT"))
                .body("items[0].findings.reading", contains("DIASTOLIC", "SYSTOLIC"))
                .body("items[0].findings.find { it.reading == 'DIASTOLIC' }.threshold", is(110))
                .body("items[0].findings.find { it.reading == 'DIASTOLIC' }.level", is("URGENT"))
                .body("items[0].findings.find { it.reading == 'SYSTOLIC' }.level", is("ALERT"))
                .body("items[0].origin", is("SELF_MEASUREMENT")).body("items[0].source", is("APP"))
                .body("items[0].patientId", is(resident.patientId()));
    }

    @Test
    void glucoseAlertsStartAtSevenFastingAndFollowUpAnswersFeedTheSameRules() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-BEIXINJING");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        glucose(resident, resident.patientId(), 6.9, "FASTING").statusCode(201).body("alert", nullValue());
        glucose(resident, resident.patientId(), 7.0, "FASTING").statusCode(201).body("alert.level", is("ALERT"));
        glucose(resident, resident.patientId(), 9.0, "RANDOM").statusCode(201).body("alert", nullValue());

        String diabetes = dueToday(doctor, resident.patientId(), "TYPE2_DIABETES");
        answer(resident, diabetes, FollowUpFixtures.diabetes(7.0)).statusCode(200).body("alert.level", is("ALERT"));
        String hypertension = dueToday(doctor, resident.patientId(), "HYPERTENSION");
        answer(resident, hypertension, hypertension(182, 95)).statusCode(200).body("alert.level", is("URGENT"));

        doctor.request().get("/api/v1/doctors/me/follow-up-alerts").then().body("total", is(3))
                .body("items[0].level", is("URGENT")).body("items[0].origin", is("FOLLOW_UP"))
                .body("items[0].followUpId", is(hypertension)).body("items[0].source", is("ONLINE"))
                .body("items.findAll { it.followUpId == '" + diabetes + "' }.findings[0].reading[0]",
                        is("FASTING_GLUCOSE"))
                .body("items.findAll { it.followUpId == '" + diabetes + "' }.findings[0].value[0]", is(7));
        resident.request().get("/api/v1/me/follow-ups/" + hypertension).then().body("alert.level", is("URGENT"));
    }

    @Test
    void theDoctorAcknowledgesAnAlertWithANote() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-CHENGJIAQIAO");
        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-CHENGJIAQIAO");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        String alert = bloodPressure(resident, resident.patientId(), 185, 100).statusCode(201).extract().path("alert.id");
        String later = bloodPressure(resident, resident.patientId(), 145, 85).statusCode(201).extract().path("alert.id");

        other.request().contentType("application/json").body(java.util.Map.of("note", "看看"))
                .post("/api/v1/follow-up-alerts/" + alert + "/acknowledge").then().statusCode(404);
        other.request().get("/api/v1/doctors/me/follow-up-alerts").then().body("total", is(0));
        doctor.request().contentType("application/json").body(java.util.Map.of("note", "已电话联系，调整用药"))
                .post("/api/v1/follow-up-alerts/" + alert + "/acknowledge").then().statusCode(200)
                .body("status", is("ACKNOWLEDGED")).body("note", is("已电话联系，调整用药"))
                .body("acknowledgedAt", notNullValue()).body("acknowledgedBy", notNullValue());
        doctor.request().contentType("application/json").body(java.util.Map.of())
                .post("/api/v1/follow-up-alerts/" + alert + "/acknowledge").then().statusCode(409)
                .body("code", is("FOLLOW_UP_ALERT_ALREADY_ACKNOWLEDGED"));
        doctor.request().get("/api/v1/doctors/me/follow-up-alerts").then().body("items.id", contains(later));
        doctor.request().queryParam("status", "ACKNOWLEDGED").get("/api/v1/doctors/me/follow-up-alerts").then()
                .body("items.id", contains(alert)).body("items[0].level", is("URGENT"));
        resident.request().contentType("application/json").body(java.util.Map.of())
                .post("/api/v1/follow-up-alerts/" + later + "/acknowledge").then().statusCode(403);
    }

    @Test
    void residentsWithoutAFamilyDoctorKeepTheirReadingsButRaiseNoAlert() {
        Registered resident = Residents.registered();
        bloodPressure(resident, resident.patientId(), 190, 120).statusCode(201).body("alert", nullValue());
        resident.request().get("/api/v1/me/patients/" + resident.patientId() + "/readings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].alertLevel", nullValue());
    }
}
