package io.jiayi.followup;

import static io.jiayi.followup.FollowUpFixtures.answer;
import static io.jiayi.followup.FollowUpFixtures.createPlan;
import static io.jiayi.followup.FollowUpFixtures.hypertension;
import static io.jiayi.followup.FollowUpFixtures.record;
import static io.jiayi.followup.FollowUpFixtures.sign;
import static io.jiayi.followup.FollowUpFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.followup.rest.FollowUpModels.PlanView;
import io.jiayi.followup.service.FollowUpPlans;
import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Family doctors make follow-up plans whose follow-ups fall due, open, close and go overdue with the clock. */
@QuarkusTest
class FollowUpPlansAndDueDatesTest {

    @Inject
    FollowUpPlans plans;

    @Test
    void aHypertensionPlanYieldsAFollowUpEveryNinetyDaysForAYearEachWithItsWindow() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        LocalDate first = today().plusDays(90);
        String planId = createPlan(doctor, resident.patientId(), "HYPERTENSION", null).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/follow-up-plans/"))
                .body("condition", is("HYPERTENSION")).body("intervalDays", is(90)).body("source", is("DOCTOR"))
                .body("status", is("ACTIVE")).body("firstDueOn", is(first.toString()))
                .body("until", is(first.plusDays(365).toString()))
                .body("followUps", hasSize(5))
                .body("followUps.seq", contains(1, 2, 3, 4, 5))
                .body("followUps.dueOn", contains(first.toString(), first.plusDays(90).toString(),
                        first.plusDays(180).toString(), first.plusDays(270).toString(), first.plusDays(360).toString()))
                .body("followUps[0].opensOn", is(first.minusDays(7).toString()))
                .body("followUps[0].closesOn", is(first.plusDays(14).toString()))
                .body("followUps.state", everyItem(is("UPCOMING")))
                .body("followUps[0].form.code", is("HYPERTENSION"))
                .extract().path("id");
        doctor.request().get("/api/v1/follow-up-plans/" + planId).then().statusCode(200).body("followUps", hasSize(5));
        // A doctor may follow up more often, never less often than four times a year.
        doctor.request().contentType("application/json")
                .body(Map.of("patientId", resident.patientId(), "condition", "TYPE2_DIABETES", "intervalDays", 30))
                .post("/api/v1/follow-up-plans").then().statusCode(201).body("intervalDays", is(30))
                .body("followUps", hasSize(13));
    }

    @Test
    void plansAreRefusedWhenTheRulesSayNo() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        doctor.request().contentType("application/json")
                .body(Map.of("patientId", resident.patientId(), "condition", "HYPERTENSION", "intervalDays", 120))
                .post("/api/v1/follow-up-plans").then().statusCode(422).body("code", is("FOLLOW_UP_INTERVAL_TOO_LONG"))
                .body("maxIntervalDays", is(91));
        createPlan(doctor, resident.patientId(), "CHRONIC_RESPIRATORY", null).statusCode(422)
                .body("code", is("FOLLOW_UP_CONDITION_NOT_MANAGED"));
        createPlan(doctor, resident.patientId(), "HYPERTENSION", today().minusDays(1)).statusCode(400)
                .body("errors[0].field", is("firstDueOn"));
        createPlan(doctor, resident.patientId(), "HYPERTENSION", null).statusCode(201);
        createPlan(doctor, resident.patientId(), "HYPERTENSION", null).statusCode(409)
                .body("code", is("FOLLOW_UP_PLAN_EXISTS"));
        createPlan(doctor, resident.patientId(), "ASTHMA", null).statusCode(400).body("code", is("UNKNOWN_ENUM_VALUE"));
    }

    @Test
    void onlyTheResidentsActiveFamilyDoctorMakesAndSeesPlans() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-JIANGSU");
        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-JIANGSU");
        Registered resident = Residents.registered();
        Registered unsigned = Residents.registered();
        sign(resident, doctor);
        createPlan(other, resident.patientId(), "HYPERTENSION", null).statusCode(404).body("code", is("RESOURCE_NOT_FOUND"));
        createPlan(doctor, unsigned.patientId(), "HYPERTENSION", null).statusCode(404);
        createPlan(doctor, UUID.randomUUID().toString(), "HYPERTENSION", null).statusCode(404);
        String planId = createPlan(doctor, resident.patientId(), "HYPERTENSION", null).statusCode(201).extract().path("id");
        other.request().get("/api/v1/follow-up-plans/" + planId).then().statusCode(404);
        other.request().get("/api/v1/doctors/me/patients/" + resident.patientId() + "/follow-up-plans").then()
                .statusCode(404);
        resident.request().contentType("application/json")
                .body(Map.of("patientId", resident.patientId(), "condition", "HYPERTENSION"))
                .post("/api/v1/follow-up-plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.staffOf(doctor.centreId())).get("/api/v1/follow-up-plans/" + planId).then()
                .statusCode(403);
    }

    @Test
    void aDoctorMakesThePlansOfTheManagementPlanInOneCall() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINJING");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        String signingId = resident.request().get("/api/v1/me/signings").then().extract().path("[0].id");
        doctor.request().contentType("application/json").body(Map.of("patientId", resident.patientId()))
                .post("/api/v1/follow-up-plans/from-management-plan").then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        doctor.request().contentType("application/json")
                .body(Map.of("summary", "控制血压和血糖", "items", List.of(
                        Map.of("condition", "HYPERTENSION", "followUpsPerYear", 4),
                        Map.of("condition", "DIABETES", "followUpsPerYear", 12),
                        Map.of("condition", "CANCER", "followUpsPerYear", 2),
                        Map.of("condition", "CHRONIC_RESPIRATORY", "followUpsPerYear", 4))))
                .put("/api/v1/signings/" + signingId + "/management-plan").then().statusCode(200);

        doctor.request().contentType("application/json").body(Map.of("patientId", resident.patientId()))
                .post("/api/v1/follow-up-plans/from-management-plan").then().statusCode(200)
                .body("created.condition", containsInAnyOrder("HYPERTENSION", "TYPE2_DIABETES"))
                .body("created.find { it.condition == 'HYPERTENSION' }.intervalDays", is(90))
                .body("created.find { it.condition == 'TYPE2_DIABETES' }.intervalDays", is(30))
                .body("created.source", everyItem(is("MANAGEMENT_PLAN")))
                .body("skipped.find { it.condition == 'CANCER' }.reason", is("NOT_FOLLOWED_UP"))
                .body("skipped.find { it.condition == 'CHRONIC_RESPIRATORY' }.reason", is("NOT_CONFIGURED"));
        doctor.request().contentType("application/json").body(Map.of("patientId", resident.patientId()))
                .post("/api/v1/follow-up-plans/from-management-plan").then().statusCode(200)
                .body("created", hasSize(0))
                .body("skipped.findAll { it.reason == 'PLAN_EXISTS' }.condition",
                        containsInAnyOrder("HYPERTENSION", "DIABETES"));
    }

    @Test
    void downwardReferralsMakePlansThroughTheSameServiceWithoutHttp() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        UUID person = UUID.fromString(resident.patientId());
        UUID referral = UUID.randomUUID();
        PlanView plan = OnVertx.await(() -> plans.createPlan(new FollowUpPlans.PlanCommand(person,
                FollowUpCondition.TYPE2_DIABETES, null, null, null, PlanSource.REFERRAL, referral, null)));
        assertEquals(PlanSource.REFERRAL, plan.source());
        assertEquals(90, plan.intervalDays());
        doctor.request().get("/api/v1/follow-up-plans/" + plan.id()).then().statusCode(200)
                .body("source", is("REFERRAL")).body("condition", is("TYPE2_DIABETES"));

        UUID unsigned = UUID.fromString(Residents.registered().patientId());
        AssertionError refused = assertThrows(AssertionError.class, () -> OnVertx.await(() -> plans.createPlan(
                new FollowUpPlans.PlanCommand(unsigned, FollowUpCondition.HYPERTENSION, null, null, null,
                        PlanSource.REFERRAL, referral, null))));
        assertEquals(ProblemCode.SIGNING_NOT_ACTIVE, ((ProblemException) refused.getCause()).code());
    }

    @Test
    void followUpsOpenBeforeTheirDueDateAndGoOverdueWhenTheWindowCloses() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-TIANSHAN");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        LocalDate due = today().plusDays(10);
        String followUp = createPlan(doctor, resident.patientId(), "HYPERTENSION", due).statusCode(201)
                .extract().path("followUps[0].id");
        resident.request().queryParam("state", "UPCOMING").get("/api/v1/me/follow-ups").then().statusCode(200)
                .body("items[0].id", is(followUp)).body("items[0].state", is("UPCOMING"));
        answer(resident, followUp, hypertension(120, 80)).statusCode(409).body("code", is("FOLLOW_UP_NOT_OPEN"))
                .body("opensOn", is(due.minusDays(7).toString()))
                .body("closesOn", is(due.plusDays(14).toString()));

        MutableClock.get().advance(Duration.ofDays(3));
        resident = Residents.signInAgain(resident);
        doctor = FamilyDoctorAccounts.relogin(doctor);
        resident.request().queryParam("state", "DUE").get("/api/v1/me/follow-ups").then()
                .body("items.id", contains(followUp));
        doctor.request().queryParam("state", "DUE").get("/api/v1/doctors/me/follow-ups").then()
                .body("total", is(1)).body("items[0].id", is(followUp)).body("items[0].state", is("DUE"));

        // The last day of the window still counts; the day after, the follow-up is overdue.
        MutableClock.get().advance(Duration.ofDays(21));
        resident = Residents.signInAgain(resident);
        doctor = FamilyDoctorAccounts.relogin(doctor);
        assertEquals(due.plusDays(14), today());
        doctor.request().queryParam("state", "DUE").get("/api/v1/doctors/me/follow-ups").then()
                .body("items.id", contains(followUp));
        MutableClock.get().advance(Duration.ofDays(1));
        resident = Residents.signInAgain(resident);
        doctor = FamilyDoctorAccounts.relogin(doctor);
        doctor.request().queryParam("state", "OVERDUE").get("/api/v1/doctors/me/follow-ups").then()
                .body("items.id", contains(followUp)).body("items[0].state", is("OVERDUE"));
        answer(resident, followUp, hypertension(120, 80)).statusCode(409).body("code", is("FOLLOW_UP_NOT_OPEN"));
        // The doctor catches up by phone: a late follow-up is recorded and leaves the overdue list.
        record(doctor, followUp, hypertension(120, 80), "PHONE").statusCode(200)
                .body("followUp.state", is("ANSWERED")).body("followUp.channel", is("PHONE"))
                .body("answeredBy", is("DOCTOR"));
        doctor.request().queryParam("state", "OVERDUE").get("/api/v1/doctors/me/follow-ups").then().body("total", is(0));
    }

    @Test
    void theDoctorsOverdueListHoldsTheirPanelsClosedUnansweredFollowUpsOldestFirst() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-HUAYANG");
        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-HUAYANG");
        Registered first = Residents.registered();
        Registered second = Residents.registered();
        Registered answered = Residents.registered();
        Registered elsewhere = Residents.registered();
        sign(first, doctor);
        sign(second, doctor);
        sign(answered, doctor);
        sign(elsewhere, other);
        String secondFollowUp = FollowUpFixtures.dueToday(doctor, second.patientId(), "TYPE2_DIABETES");
        String firstFollowUp = createPlan(doctor, first.patientId(), "HYPERTENSION", today().plusDays(1))
                .statusCode(201).extract().path("followUps[0].id");
        String answeredFollowUp = FollowUpFixtures.dueToday(doctor, answered.patientId(), "HYPERTENSION");
        FollowUpFixtures.dueToday(other, elsewhere.patientId(), "HYPERTENSION");
        answer(answered, answeredFollowUp, hypertension(118, 76)).statusCode(200);

        MutableClock.get().advance(Duration.ofDays(16));
        doctor = FamilyDoctorAccounts.relogin(doctor);
        doctor.request().queryParam("state", "OVERDUE").get("/api/v1/doctors/me/follow-ups").then().statusCode(200)
                .body("total", is(2))
                .body("items.id", contains(secondFollowUp, firstFollowUp))
                .body("items.patientName", everyItem(is("测试居民")))
                .body("items[0].condition", is("TYPE2_DIABETES"));
        doctor.request().queryParam("state", "OVERDUE").queryParam("condition", "HYPERTENSION")
                .get("/api/v1/doctors/me/follow-ups").then().body("items.id", contains(firstFollowUp));
        doctor.request().queryParam("state", "OVERDUE").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/doctors/me/follow-ups").then().body("items.id", contains(firstFollowUp))
                .body("total", is(2)).body("size", is(1));
        doctor.request().queryParam("state", "ANSWERED").get("/api/v1/doctors/me/follow-ups").then()
                .body("items.id", contains(answeredFollowUp)).body("items[0].channel", is("ONLINE"));
        doctor.request().queryParam("state", "LATE").get("/api/v1/doctors/me/follow-ups").then().statusCode(400)
                .body("code", is("UNKNOWN_ENUM_VALUE"));
    }

    @Test
    void cancellingAPlanCancelsItsOpenFollowUps() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XIANXIA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        var created = createPlan(doctor, resident.patientId(), "HYPERTENSION", today()).statusCode(201).extract();
        String planId = created.path("id");
        String followUp = created.path("followUps[0].id");
        doctor.request().contentType("application/json").body(Map.of())
                .post("/api/v1/follow-up-plans/" + planId + "/cancel").then().statusCode(400);
        doctor.request().contentType("application/json").body(Map.of("reason", "转诊上级医院"))
                .post("/api/v1/follow-up-plans/" + planId + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED")).body("cancelReason", is("转诊上级医院"))
                .body("followUps.state", everyItem(is("CANCELLED")));
        answer(resident, followUp, hypertension(120, 80)).statusCode(409).body("code", is("FOLLOW_UP_CANCELLED"));
        doctor.request().contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/v1/follow-up-plans/" + planId + "/cancel").then().statusCode(409)
                .body("code", is("FOLLOW_UP_PLAN_NOT_ACTIVE"));
        resident.request().get("/api/v1/me/follow-ups").then().body("total", is(0));
        resident.request().queryParam("state", "CANCELLED").get("/api/v1/me/follow-ups").then()
                .body("items[0].state", is("CANCELLED")).body("items[0].answeredAt", nullValue());
        // A new plan for the condition may follow.
        createPlan(doctor, resident.patientId(), "HYPERTENSION", null).statusCode(201);
    }
}
