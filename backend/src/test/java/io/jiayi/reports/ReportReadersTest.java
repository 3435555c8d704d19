package io.jiayi.reports;

import static io.jiayi.reports.ReportFixtures.GUANGHUA;
import static io.jiayi.reports.ReportFixtures.TONGREN;
import static io.jiayi.reports.ReportFixtures.exam;
import static io.jiayi.reports.ReportFixtures.lab;
import static io.jiayi.reports.ReportFixtures.newSenderId;
import static io.jiayi.reports.ReportFixtures.pushed;
import static io.jiayi.reports.ReportFixtures.staffOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * Who reads a report: the patient and residents managing them (any institution's, once final),
 * their signed family doctor, the sending institution's staff; everybody else finds nothing.
 * Every report answered leaves an audit entry.
 */
@QuarkusTest
class ReportReadersTest {

    private static ValidatableResponse audit(String personId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("subjectPersonId", personId).queryParam("size", 100)
                .get("/api/v1/audit-entries").then().statusCode(200);
    }

    private static Map<String, Object> reportedOn(Map<String, Object> body, OffsetDateTime at) {
        body.put("collectedAt", at.minusHours(2).toString());
        body.put("receivedAt", at.minusHours(1).toString());
        body.put("reportedAt", at.toString());
        return body;
    }

    @Test
    void aResidentReadsTheirReportsFromEveryInstitutionNewestFirstAndEachReadIsAudited() {
        Registered resident = Residents.registered();
        OffsetDateTime now = ReportFixtures.now().withNano(0);
        String older = pushed(GUANGHUA, reportedOn(exam(newSenderId(), resident.idNumber(), "FINAL"), now.minusDays(10)));
        String newer = pushed(TONGREN, reportedOn(lab(newSenderId(), resident.idNumber(), "FINAL"), now.minusHours(2)));
        String preliminary = pushed(TONGREN, lab(newSenderId(), resident.idNumber(), "PRELIMINARY"));

        resident.request().get("/api/v1/me/reports").then().statusCode(200).body("total", is(2))
                .body("items.id", contains(newer, older)).body("items[0].title", is("血常规"))
                .body("items[0].abnormalItems", is(1)).body("items[1].institution.code", is(GUANGHUA))
                .body("items.id", not(hasItem(preliminary)));
        resident.request().queryParam("type", "EXAM").get("/api/v1/me/reports").then().body("items.id", contains(older));
        resident.request().queryParam("institutionId", Directory.institutionId(TONGREN)).get("/api/v1/me/reports")
                .then().body("items.id", contains(newer));
        LocalDate today = LocalDate.now(MutableClock.get());
        resident.request().queryParam("from", today.minusDays(11).toString()).queryParam("to", today.minusDays(9).toString())
                .get("/api/v1/me/reports").then().body("items.id", contains(older));
        resident.request().queryParam("patientId", resident.patientId()).queryParam("size", 1)
                .get("/api/v1/me/reports").then().body("total", is(2)).body("items", hasSize(1));
        resident.request().queryParam("from", "last week").get("/api/v1/me/reports").then().statusCode(400)
                .body("code", is("INVALID_PARAMETER"));
        resident.request().queryParam("type", "XRAY").get("/api/v1/me/reports").then().statusCode(400)
                .body("code", is("UNKNOWN_ENUM_VALUE"));

        resident.request().get("/api/v1/me/reports/" + older).then().statusCode(200).body("exam.modality", is("CT"));
        resident.request().get("/api/v1/me/reports/" + preliminary).then().statusCode(404);

        // 6 summaries listed (2 + 1 + 1 + 1 + 1 with size 1) and one full read, from the resident's address.
        audit(resident.patientId()).body("items.findAll { it.action == 'LIST' }", hasSize(6))
                .body("items.findAll { it.action == 'READ' }.resourceId", contains(older))
                .body("items.findAll { it.action == 'READ' }.resourceType", contains("EXAM_REPORT"))
                .body("items.findAll { it.action != 'PUSH' }.actorRole", everyItem(is("RESIDENT")))
                .body("items.findAll { it.action != 'PUSH' }.address", everyItem(is(resident.resident().address())))
                .body("items.findAll { it.action == 'PUSH' }", hasSize(3));
    }

    @Test
    void aManagerReadsTheReportsOfAnActiveMemberAndNobodyElseDoes() {
        Registered manager = Residents.registered();
        String[] child = ReportFixtures.child(manager);
        String own = pushed(TONGREN, lab(newSenderId(), manager.idNumber(), "FINAL"));
        String childs = pushed(TONGREN, exam(newSenderId(), child[0], "FINAL"));

        manager.request().get("/api/v1/me/reports").then().statusCode(200)
                .body("items.id", containsInAnyOrder(own, childs));
        manager.request().queryParam("patientId", child[1]).get("/api/v1/me/reports").then()
                .body("items.id", contains(childs)).body("items[0].patientName", is("小明"));
        manager.request().get("/api/v1/me/reports/" + childs).then().statusCode(200).body("patientId", is(child[1]));
        manager.request().get("/api/v1/reports/" + childs + "/versions").then().statusCode(200).body("", hasSize(1));

        Registered stranger = Residents.registered();
        stranger.request().get("/api/v1/me/reports/" + childs).then().statusCode(404).body("code", is("RESOURCE_NOT_FOUND"));
        stranger.request().get("/api/v1/me/reports/" + own).then().statusCode(404);
        stranger.request().queryParam("patientId", child[1]).get("/api/v1/me/reports").then().statusCode(404);
        stranger.request().get("/api/v1/me/reports").then().statusCode(200).body("total", is(0));
        stranger.request().get("/api/v1/reports/" + own + "/versions").then().statusCode(404);
        stranger.request().get("/api/v1/reports/" + own + "/document").then().statusCode(404);
        stranger.request().get("/api/v1/me/reports/not-an-id").then().statusCode(404);

        audit(child[1]).body("items.findAll { it.action == 'READ' }.resourceId", contains(childs))
                .body("items.findAll { it.action == 'READ_VERSIONS' }", hasSize(1))
                .body("items.findAll { it.action != 'PUSH' }.actorRole", everyItem(is("RESIDENT")));
    }

    @Test
    void theFamilyDoctorOfAnActiveSigningReadsTheResidentsReportsIncludingPreliminaryOnes() {
        Registered resident = Residents.registered();
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        FamilyDoctor otherDoctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        String finalReport = pushed(TONGREN, lab(newSenderId(), resident.idNumber(), "FINAL"));
        String preliminary = pushed(GUANGHUA, exam(newSenderId(), resident.idNumber(), "PRELIMINARY"));

        // Not signed yet: nothing to see.
        doctor.request().get("/api/v1/doctors/me/residents/" + resident.patientId() + "/reports").then().statusCode(404);
        doctor.request().get("/api/v1/doctors/me/reports/" + finalReport).then().statusCode(404);

        ReportFixtures.sign(resident, doctor);
        doctor.request().get("/api/v1/doctors/me/residents/" + resident.patientId() + "/reports").then().statusCode(200)
                .body("items.id", containsInAnyOrder(finalReport, preliminary));
        doctor.request().queryParam("type", "LAB")
                .get("/api/v1/doctors/me/residents/" + resident.patientId() + "/reports").then()
                .body("items.id", contains(finalReport));
        doctor.request().get("/api/v1/doctors/me/reports/" + preliminary).then().statusCode(200)
                .body("status", is("PRELIMINARY")).body("exam.bodyPart", is("胸部"));
        doctor.request().get("/api/v1/reports/" + finalReport + "/versions").then().statusCode(200);

        otherDoctor.request().get("/api/v1/doctors/me/residents/" + resident.patientId() + "/reports").then()
                .statusCode(404);
        otherDoctor.request().get("/api/v1/doctors/me/reports/" + finalReport).then().statusCode(404);
        otherDoctor.request().get("/api/v1/reports/" + finalReport + "/versions").then().statusCode(404);
        resident.request().get("/api/v1/doctors/me/reports/" + finalReport).then().statusCode(403);

        audit(resident.patientId()).body("items.findAll { it.actorRole == 'DOCTOR' && it.action == 'LIST' }", hasSize(3))
                .body("items.findAll { it.actorRole == 'DOCTOR' && it.action == 'READ' }.resourceId", contains(preliminary))
                .body("items.findAll { it.actorRole == 'DOCTOR' && it.action == 'READ_VERSIONS' }.resourceId",
                        contains(finalReport));
    }

    @Test
    void staffReadTheirInstitutionsReportsOnly() {
        Registered resident = Residents.registered();
        String tongren = Directory.institutionId(TONGREN);
        String guanghua = Directory.institutionId(GUANGHUA);
        String ours = pushed(TONGREN, lab(newSenderId(), resident.idNumber(), "PRELIMINARY"));
        String theirs = pushed(GUANGHUA, exam(newSenderId(), resident.idNumber(), "FINAL"));

        staffOf(TONGREN).queryParam("patientId", resident.patientId()).get("/api/v1/institutions/" + tongren + "/reports")
                .then().statusCode(200).body("items.id", contains(ours));
        staffOf(TONGREN).queryParam("patientId", resident.patientId()).queryParam("status", "FINAL")
                .get("/api/v1/institutions/" + tongren + "/reports").then().body("total", is(0));
        staffOf(TONGREN).get("/api/v1/institutions/" + tongren + "/reports/" + ours).then().statusCode(200)
                .body("status", is("PRELIMINARY")).body("lab.items", hasSize(3));
        staffOf(TONGREN).get("/api/v1/reports/" + ours + "/versions").then().statusCode(200).body("", hasSize(1));

        // Another institution's report, however it is asked for, is not found; their list is not ours to read.
        staffOf(TONGREN).get("/api/v1/institutions/" + tongren + "/reports/" + theirs).then().statusCode(404);
        staffOf(TONGREN).get("/api/v1/institutions/" + guanghua + "/reports/" + theirs).then().statusCode(404);
        staffOf(TONGREN).get("/api/v1/reports/" + theirs + "/versions").then().statusCode(404);
        staffOf(TONGREN).get("/api/v1/institutions/" + guanghua + "/reports").then().statusCode(403);
        staffOf(GUANGHUA).get("/api/v1/institutions/" + guanghua + "/reports/" + theirs).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/institutions/" + tongren + "/reports/" + ours).then()
                .statusCode(200);

        audit(resident.patientId())
                .body("items.findAll { it.actorRole == 'STAFF' && it.action == 'READ' }.resourceId",
                        containsInAnyOrder(ours, theirs))
                .body("items.findAll { it.actorRole == 'STAFF' && it.action == 'READ' }.actorInstitutionId",
                        containsInAnyOrder(tongren, guanghua))
                .body("items.findAll { it.actorRole == 'STAFF' && it.action == 'LIST' }.resourceId", contains(ours))
                .body("items.findAll { it.actorRole == 'ADMIN' && it.action == 'READ' }.resourceId", contains(ours));
    }
}
