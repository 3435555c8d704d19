package io.jiayi.signing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import io.jiayi.signing.service.SigningExpiry;
import io.jiayi.support.BehindARowLock;
import io.jiayi.support.Directory;
import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestIdNumbers;
import io.jiayi.support.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Residents sign with family doctors, alone or as a household; doctors answer within their capacity. */
@QuarkusTest
class SigningFlowsTest {

    private static final String AGREEMENT = "2026-v1";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> request(String doctorId, List<String> patientIds) {
        return Map.of("doctorId", doctorId, "districtHospitalId", Directory.institutionId("HOSP-TONGREN"),
                "cityHospitalId", Directory.institutionId("CITY-HUADONG"), "patientIds", patientIds,
                "agreement", Map.of("version", AGREEMENT, "accepted", true));
    }

    private static ValidatableResponse apply(Registered resident, String doctorId, List<String> patientIds) {
        return resident.request().contentType("application/json").body(request(doctorId, patientIds))
                .post("/api/v1/me/signings").then();
    }

    private static String applyAlone(Registered resident, FamilyDoctor doctor) {
        return apply(resident, doctor.doctorId(), List.of(resident.patientId())).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse accept(FamilyDoctor doctor, String applicationId) {
        return doctor.request().post("/api/v1/signing-applications/" + applicationId + "/accept").then();
    }

    /** A resident signed with the doctor; returns the signing id. */
    private static String signed(Registered resident, FamilyDoctor doctor) {
        return accept(doctor, applyAlone(resident, doctor)).statusCode(200).extract().path("members[0].signingId");
    }

    private static String addChild(Registered manager, int years) {
        return manager.request().contentType("application/json")
                .body(Map.of("relationship", "CHILD", "name", "小红", "idNumber",
                        TestIdNumbers.child(LocalDate.now(MutableClock.get()), years), "guardianDeclaration", true))
                .post("/api/v1/me/members").then().statusCode(201).extract().path("patientId");
    }

    private static ValidatableResponse capacity(FamilyDoctor doctor, int capacity) {
        return given().auth().oauth2(TestTokens.staffOf(doctor.centreId())).contentType("application/json")
                .body(Map.of("capacity", capacity)).put("/api/v1/doctors/" + doctor.doctorId() + "/panel-capacity").then();
    }

    @Test
    void aResidentAppliesAndTheDoctorAcceptsForAOneYearTerm() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        String applicationId = apply(resident, doctor.doctorId(), List.of(resident.patientId())).statusCode(201)
                .header("Location", containsString("/api/v1/me/signing-applications/"))
                .body("status", is("PENDING"))
                .body("kind", is("NEW"))
                .body("centre.code", is("CHC-XINHUA"))
                .body("districtHospital.code", is("HOSP-TONGREN"))
                .body("cityHospital.code", is("CITY-HUADONG"))
                .body("agreementVersion", is(AGREEMENT))
                .extract().path("id");
        doctor.request().queryParam("status", "PENDING").get("/api/v1/signing-applications").then().statusCode(200)
                .body("items.id", hasItem(applicationId));

        LocalDate today = LocalDate.now(MutableClock.get());
        accept(doctor, applicationId).statusCode(200).body("status", is("ACCEPTED"))
                .body("members[0].status", is("ACTIVE"));
        resident.request().get("/api/v1/me/signings").then().statusCode(200)
                .body("[0].status", is("ACTIVE"))
                .body("[0].startsOn", is(today.toString()))
                .body("[0].endsOn", is(today.plusYears(1).toString()))
                .body("[0].doctor.id", is(doctor.doctorId()));
        doctor.request().get("/api/v1/doctors/me/panel").then().statusCode(200)
                .body("total", is(1))
                .body("items[0].patientId", is(resident.patientId()))
                .body("items[0].idNumber", not(is(resident.idNumber())))
                .body("capacity.used", is(1))
                .body("capacity.total", is(1000));
        accept(doctor, applicationId).statusCode(409).body("code", is("APPLICATION_NOT_PENDING"));
    }

    @Test
    void aHouseholdSignsTogether() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-JIANGSU");
        Registered manager = Residents.registered();
        String child = addChild(manager, 4);
        String applicationId = apply(manager, doctor.doctorId(), List.of(manager.patientId(), child)).statusCode(201)
                .body("members", hasSize(2)).extract().path("id");
        accept(doctor, applicationId).statusCode(200).body("members.status", everyItemIs("ACTIVE"));
        doctor.request().get("/api/v1/doctors/me/panel").then().body("total", is(2)).body("capacity.used", is(2));
    }

    @Test
    void aHouseholdWithOneBlockedMemberSignsNobodyAndSaysWhy() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-JIANGSU");
        Registered manager = Residents.registered();
        String child = addChild(manager, 5);
        // The child already waits for another doctor's answer.
        apply(manager, FamilyDoctorAccounts.create("CHC-HUAYANG").doctorId(), List.of(child)).statusCode(201);

        apply(manager, doctor.doctorId(), List.of(manager.patientId(), child)).statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("HOUSEHOLD_SIGNING_BLOCKED"))
                .body("blockedBy", hasSize(1))
                .body("blockedBy[0].patientId", is(child))
                .body("blockedBy[0].code", is("APPLICATION_ALREADY_PENDING"));
        manager.request().get("/api/v1/me/signings").then()
                .body("findAll { it.patientId == '" + manager.patientId() + "' }", hasSize(0));
        // Alone, the manager can.
        apply(manager, doctor.doctorId(), List.of(manager.patientId())).statusCode(201);
    }

    @Test
    void aHouseholdMayOnlyNameMembersWithAnActiveLink() {
        Registered manager = Residents.registered();
        Registered stranger = Residents.registered();
        apply(manager, FamilyDoctorAccounts.create("CHC-XINHUA").doctorId(),
                List.of(manager.patientId(), stranger.patientId())).statusCode(404);
    }

    @Test
    void theCombinationAgreementAndDoctorAreChecked() {
        Registered resident = Residents.registered();
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Map<String, Object> wrongHospital = new HashMap<>(request(doctor.doctorId(), List.of(resident.patientId())));
        wrongHospital.put("cityHospitalId", Directory.institutionId("HOSP-GUANGHUA"));
        resident.request().contentType("application/json").body(wrongHospital).post("/api/v1/me/signings").then()
                .statusCode(422).body("code", is("INVALID_SIGNING_COMBINATION"));

        Map<String, Object> noAgreement = new HashMap<>(request(doctor.doctorId(), List.of(resident.patientId())));
        noAgreement.put("agreement", Map.of("version", "2020-v0", "accepted", true));
        resident.request().contentType("application/json").body(noAgreement).post("/api/v1/me/signings").then()
                .statusCode(422).body("code", is("AGREEMENT_NOT_ACCEPTED")).body("currentVersion", is(AGREEMENT));

        String hospitalDoctor = given().queryParam("institutionId", Directory.institutionId("HOSP-TONGREN"))
                .get("/api/v1/doctors").then().extract().path("items[0].id");
        apply(resident, hospitalDoctor, List.of(resident.patientId())).statusCode(422)
                .body("code", is("NOT_A_FAMILY_DOCTOR"));
    }

    @Test
    void oneOpenApplicationPerPersonEvenUnderConcurrency() throws Exception {
        Registered resident = Residents.registered();
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-TIANSHAN");
        List<Integer> statuses = parallel(4, () -> apply(resident, doctor.doctorId(), List.of(resident.patientId()))
                .extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        apply(resident, doctor.doctorId(), List.of(resident.patientId())).statusCode(409)
                .body("code", is("APPLICATION_ALREADY_PENDING"));
    }

    @Test
    void parallelAcceptancesNeverPassTheCapacity() throws Exception {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XIANXIA");
        capacity(doctor, 3).statusCode(200).body("total", is(3)).body("used", is(0));
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            applications.add(applyAlone(Residents.registered(), doctor));
        }
        List<Integer> statuses = parallel(6, new ArrayList<>(applications.stream()
                .map(id -> (Callable<Integer>) () -> accept(doctor, id).extract().statusCode()).toList()));
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        doctor.request().get("/api/v1/doctors/me/panel").then().body("total", is(3))
                .body("capacity.used", is(3)).body("capacity.remaining", is(0));
        // A full panel refuses with a clear error; capacity cannot drop below the panel.
        capacity(doctor, 2).statusCode(422).body("code", is("CAPACITY_BELOW_SIGNED"));
        // Raised again: the answer shows the panel as the update left it.
        capacity(doctor, 5).statusCode(200).body("total", is(5)).body("used", is(3)).body("remaining", is(2));
    }

    @Test
    void theDoctorRejectsWithAReasonAndTheHistoryKeepsIt() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-HONGQIAO");
        Registered resident = Residents.registered();
        String applicationId = applyAlone(resident, doctor);
        doctor.request().contentType("application/json").body(Map.of("reason", "不在服务范围"))
                .post("/api/v1/signing-applications/" + applicationId + "/reject").then().statusCode(200)
                .body("status", is("REJECTED")).body("decisionReason", is("不在服务范围"))
                .body("members[0].status", is("REJECTED"));
        String signingId = resident.request().get("/api/v1/me/signings").then().extract().path("[0].id");
        given().auth().oauth2(TestTokens.staffOf(doctor.centreId())).get("/api/v1/signings/" + signingId + "/events")
                .then().statusCode(200)
                .body("toStatus", org.hamcrest.Matchers.contains("PENDING", "REJECTED"))
                .body("[1].reason", is("不在服务范围"))
                .body("[1].actorKind", is("DOCTOR"));
    }

    @Test
    void anUnansweredApplicationExpires() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-CHENGJIAQIAO");
        Registered resident = Residents.registered();
        String applicationId = applyAlone(resident, doctor);
        MutableClock.get().advance(Duration.ofDays(7).plusMinutes(1));
        OnVertx.await(() -> Arc.container().instance(SigningExpiry.class).get().run());
        Residents.signInAgain(resident).request().get("/api/v1/me/signing-applications/" + applicationId).then()
                .statusCode(200).body("status", is("EXPIRED")).body("members[0].status", is("EXPIRED"));
        accept(FamilyDoctorAccounts.relogin(doctor), applicationId).statusCode(409)
                .body("code", is("APPLICATION_NOT_PENDING"));
        // Running it again changes nothing more.
        assertEquals(0, OnVertx.await(() -> Arc.container().instance(SigningExpiry.class).get().run()).expiredApplications());
    }

    @Test
    void theResidentCanWithdrawAnApplication() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-CHENGJIAQIAO");
        Registered resident = Residents.registered();
        String applicationId = applyAlone(resident, doctor);
        resident.request().post("/api/v1/me/signing-applications/" + applicationId + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        Residents.registered().request().post("/api/v1/me/signing-applications/" + applicationId + "/cancel").then()
                .statusCode(404);
        applyAlone(resident, doctor);
    }

    @Test
    void renewalOpensSixtyDaysBeforeTheEndAndAddsAFullTerm() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-BEIXINJING");
        Registered resident = Residents.registered();
        signed(resident, doctor);
        String endsOn = resident.request().get("/api/v1/me/signings").then().extract().path("[0].endsOn");
        apply(resident, doctor.doctorId(), List.of(resident.patientId())).statusCode(422)
                .body("code", is("ALREADY_SIGNED_WITH_DOCTOR"))
                .body("renewalOpensOn", is(LocalDate.parse(endsOn).minusDays(60).toString()));

        MutableClock.get().advance(Duration.ofDays(310));
        FamilyDoctorAccounts.relogin(doctor).request().queryParam("dueForRenewal", true).get("/api/v1/doctors/me/panel").then()
                .body("items.patientId", hasItem(resident.patientId()));
        // The access token was issued 310 days ago by the test clock: sign in again first.
        Registered again = Residents.signInAgain(resident);
        String renewal = apply(again, doctor.doctorId(), List.of(resident.patientId())).statusCode(201).body("kind", is("RENEWAL")).extract().path("id");
        FamilyDoctor doctorAgain = FamilyDoctorAccounts.relogin(doctor);
        accept(doctorAgain, renewal).statusCode(200);
        again.request().get("/api/v1/me/signings").then()
                .body("[0].status", is("ACTIVE")).body("[0].kind", is("RENEWAL"))
                .body("[0].endsOn", is(LocalDate.parse(endsOn).plusYears(1).toString()))
                .body("[1].status", is("RENEWED"));
        doctorAgain.request().get("/api/v1/doctors/me/panel").then().body("capacity.used", is(1));
    }

    @Test
    void switchingDoctorEndsTheOldSigningWhenTheNewOneStarts() {
        FamilyDoctor first = FamilyDoctorAccounts.create("CHC-ZHOUJIAQIAO");
        FamilyDoctor second = FamilyDoctorAccounts.create("CHC-ZHOUJIAQIAO");
        Registered resident = Residents.registered();
        String old = signed(resident, first);
        String switching = apply(resident, second.doctorId(), List.of(resident.patientId())).statusCode(201)
                .body("kind", is("SWITCH")).extract().path("id");
        // Until the new doctor accepts, the old signing stands.
        resident.request().get("/api/v1/me/signings/" + old).then().body("status", is("ACTIVE"));
        accept(second, switching).statusCode(200);
        resident.request().get("/api/v1/me/signings/" + old).then().body("status", is("SWITCHED"));
        first.request().get("/api/v1/doctors/me/panel").then().body("capacity.used", is(0)).body("total", is(0));
        second.request().get("/api/v1/doctors/me/panel").then().body("capacity.used", is(1));
    }

    @Test
    void aSigningTerminatedManyTimesAtOnceFreesOneSeat() throws Exception {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINJING");
        Registered resident = Residents.registered();
        String signingId = signed(resident, doctor);
        signed(Residents.registered(), doctor);
        List<Integer> statuses = parallel(8, () -> resident.request().contentType("application/json")
                .body(Map.of("reason", "MOVED_OUT")).post("/api/v1/me/signings/" + signingId + "/terminate")
                .then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        doctor.request().get("/api/v1/doctors/me/panel").then().body("capacity.used", is(1));
    }

    @Test
    void aWithdrawalSentWhileTheDoctorAcceptsIsRefusedAndTheSigningStands() throws Exception {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINJING");
        Registered resident = Residents.registered();
        String applicationId = applyAlone(resident, doctor);
        List<Integer> answers = BehindARowLock.run(dataSource, "signing_application", applicationId,
                () -> accept(doctor, applicationId).extract().statusCode(),
                () -> resident.request().post("/api/v1/me/signing-applications/" + applicationId + "/cancel").then()
                        .extract().statusCode());
        assertEquals(List.of(200, 409), answers);
        resident.request().get("/api/v1/me/signing-applications/" + applicationId).then().body("status", is("ACCEPTED"));
        resident.request().get("/api/v1/me/signings").then().body("[0].status", is("ACTIVE"));
        doctor.request().get("/api/v1/doctors/me/panel").then().body("capacity.used", is(1));
    }

    @Test
    void terminationNeedsAReasonAndFreesThePanel() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINJING");
        Registered resident = Residents.registered();
        String signingId = signed(resident, doctor);
        resident.request().contentType("application/json").body(Map.of("reason", "LEFT"))
                .post("/api/v1/me/signings/" + signingId + "/terminate").then().statusCode(400)
                .body("code", is("UNKNOWN_ENUM_VALUE"));
        resident.request().contentType("application/json").body(Map.of("reason", "MOVED_OUT", "note", "搬到浦东"))
                .post("/api/v1/me/signings/" + signingId + "/terminate").then().statusCode(200)
                .body("status", is("TERMINATED")).body("terminationReason", is("MOVED_OUT"));
        doctor.request().get("/api/v1/doctors/me/panel").then().body("capacity.used", is(0));
        resident.request().contentType("application/json").body(Map.of("reason", "VOLUNTARY"))
                .post("/api/v1/me/signings/" + signingId + "/terminate").then().statusCode(409)
                .body("code", is("SIGNING_NOT_ACTIVE"));
        doctor.request().get("/api/v1/signings/" + signingId + "/events").then()
                .body("toStatus", org.hamcrest.Matchers.contains("PENDING", "ACTIVE", "TERMINATED"))
                .body("[2].actorKind", is("RESIDENT"));
    }

    @Test
    void onlyTheSigningsDoctorOrItsCentreMayActAndOthersSeeNothing() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        FamilyDoctor otherDoctor = FamilyDoctorAccounts.create("CHC-JIANGSU");
        Registered resident = Residents.registered();
        String applicationId = applyAlone(resident, doctor);
        accept(otherDoctor, applicationId).statusCode(403).body("code", is("FORBIDDEN"));
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("CHC-JIANGSU")))
                .post("/api/v1/signing-applications/" + applicationId + "/accept").then().statusCode(403);
        resident.request().post("/api/v1/signing-applications/" + applicationId + "/accept").then().statusCode(403);
        // Staff of the signing's centre may answer.
        given().auth().oauth2(TestTokens.staffOf(doctor.centreId()))
                .post("/api/v1/signing-applications/" + applicationId + "/accept").then().statusCode(200);

        String signingId = resident.request().get("/api/v1/me/signings").then().extract().path("[0].id");
        otherDoctor.request().get("/api/v1/signings/" + signingId).then().statusCode(403);
        Registered stranger = Residents.registered();
        stranger.request().get("/api/v1/me/signings/" + signingId).then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        stranger.request().contentType("application/json").body(Map.of("reason", "VOLUNTARY"))
                .post("/api/v1/me/signings/" + signingId + "/terminate").then().statusCode(404);
        stranger.request().get("/api/v1/me/signing-applications/" + applicationId).then().statusCode(404);
        stranger.request().get("/api/v1/me/signings").then().body("", hasSize(0));
    }

    @Test
    void aKeyPopulationDeclaredTwiceAtOnceIsOneTagAndBothAreAnswered() throws Exception {
        Registered resident = Residents.registered();
        String path = "/api/v1/me/patients/" + resident.patientId() + "/key-populations";
        Callable<Integer> declare = () -> resident.request().contentType("application/json")
                .body(Map.of("tag", "DIABETES")).post(path).then().extract().statusCode();
        assertEquals(List.of(200, 200), BehindARowLock.run(dataSource, "person", resident.patientId(), declare, declare));
        resident.request().get(path).then().body("findAll { it.tag == 'DIABETES' }", hasSize(1));
    }

    @Test
    void keyPopulationsAreDeclaredThenConfirmedAndAgesAreDerived() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-HUAYANG");
        Registered manager = Residents.registered();
        String child = addChild(manager, 3);
        manager.request().contentType("application/json").body(Map.of("tag", "HYPERTENSION"))
                .post("/api/v1/me/patients/" + manager.patientId() + "/key-populations").then().statusCode(200)
                .body("find { it.tag == 'HYPERTENSION' }.status", is("DECLARED"));
        manager.request().contentType("application/json").body(Map.of("tag", "AGE_65_PLUS"))
                .post("/api/v1/me/patients/" + manager.patientId() + "/key-populations").then().statusCode(422)
                .body("code", is("KEY_POPULATION_DERIVED"));
        manager.request().get("/api/v1/me/patients/" + child + "/key-populations").then().statusCode(200)
                .body("tag", hasItem("CHILD_0_6")).body("[0].derived", is(true));
        Residents.registered().request().get("/api/v1/me/patients/" + child + "/key-populations").then().statusCode(404);

        String applicationId = apply(manager, doctor.doctorId(), List.of(manager.patientId(), child)).statusCode(201)
                .extract().path("id");
        accept(doctor, applicationId).statusCode(200);
        String signingId = manager.request().get("/api/v1/me/signings").then()
                .extract().path("find { it.patientId == '" + manager.patientId() + "' }.id");

        // Declared is not yet counted: the adult is not in the key-population filter.
        doctor.request().queryParam("keyPopulation", true).get("/api/v1/doctors/me/panel").then()
                .body("items.patientId", hasItem(child)).body("items.patientId", not(hasItem(manager.patientId())));
        doctor.request().put("/api/v1/signings/" + signingId + "/key-populations/HYPERTENSION").then().statusCode(200)
                .body("find { it.tag == 'HYPERTENSION' }.status", is("CONFIRMED"));
        doctor.request().queryParam("tag", "HYPERTENSION").get("/api/v1/doctors/me/panel").then()
                .body("items.patientId", hasItem(manager.patientId())).body("total", is(1));
        doctor.request().queryParam("keyPopulation", false).get("/api/v1/doctors/me/panel").then()
                .body("total", is(0));
        doctor.request().delete("/api/v1/signings/" + signingId + "/key-populations/HYPERTENSION").then().statusCode(200)
                .body("tag", not(hasItem("HYPERTENSION")));
        doctor.request().queryParam("keyPopulation", false).get("/api/v1/doctors/me/panel").then()
                .body("items.patientId", hasItem(manager.patientId()));
        FamilyDoctorAccounts.create("CHC-HUAYANG").request()
                .put("/api/v1/signings/" + signingId + "/key-populations/DIABETES").then().statusCode(403);
    }

    @Test
    void theDoctorRecordsTheFirstAssessmentAndAManagementPlan() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        String signingId = signed(resident, doctor);
        doctor.request().contentType("application/json")
                .body(Map.of("heightCm", 170.0, "weightKg", 72.3, "systolicMmhg", 148, "diastolicMmhg", 92,
                        "fastingGlucoseMmol", 6.4, "smoking", "FORMER", "notes", "血压偏高"))
                .post("/api/v1/signings/" + signingId + "/health-assessments").then().statusCode(201)
                .body("bmi", is(25.0f)).body("systolicMmhg", is(148)).body("smoking", is("FORMER"));
        doctor.request().contentType("application/json").body(Map.of("heightCm", 5))
                .post("/api/v1/signings/" + signingId + "/health-assessments").then().statusCode(400)
                .body("errors[0].field", is("heightCm"));
        doctor.request().contentType("application/json")
                .body(Map.of("summary", "控制血压，低盐饮食", "items",
                        List.of(Map.of("condition", "HYPERTENSION", "followUpsPerYear", 4, "goals", "血压 < 140/90"))))
                .put("/api/v1/signings/" + signingId + "/management-plan").then().statusCode(200)
                .body("items[0].followUpsPerYear", is(4));
        doctor.request().contentType("application/json")
                .body(Map.of("summary", "控制血压和血糖", "items",
                        List.of(Map.of("condition", "HYPERTENSION", "followUpsPerYear", 4),
                                Map.of("condition", "DIABETES", "followUpsPerYear", 4))))
                .put("/api/v1/signings/" + signingId + "/management-plan").then().statusCode(200);
        doctor.request().get("/api/v1/signings/" + signingId + "/management-plan").then().statusCode(200)
                .body("summary", is("控制血压和血糖")).body("items", hasSize(2));
        doctor.request().get("/api/v1/signings/" + signingId + "/health-assessments").then().body("", hasSize(1));
    }

    @Test
    void residentsFindFamilyDoctorsByStreetWithTheirCapacity() {
        given().queryParam("streetId", Directory.streetId("XINHUA")).queryParam("size", 100)
                .get("/api/v1/family-doctors").then().statusCode(200)
                .body("items.centre.code", everyItemIs("CHC-XINHUA"))
                .body("items[0].capacity.total", notNullValue())
                .body("items[0].signatureService", notNullValue())
                .body("items.find { it.name == '王敏' }.team.code", is("TEAM-XINHUA-1"));
        given().queryParam("centreId", Directory.institutionId("CHC-XINJING")).queryParam("size", 100)
                .get("/api/v1/family-doctors").then().statusCode(200)
                .body("items.centre.code", hasItem("CHC-XINJING-BRANCH"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(Object value) {
        return org.hamcrest.Matchers.everyItem(is(value));
    }

    private static List<Integer> parallel(int threads, Callable<Integer> call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(call);
        }
        return parallel(threads, calls);
    }

    private static List<Integer> parallel(int threads, List<Callable<Integer>> calls) throws Exception {
        return io.jiayi.support.Parallel.run(threads, calls);
    }
}
