package io.jiayi.followup;

import static io.jiayi.followup.FollowUpFixtures.answer;
import static io.jiayi.followup.FollowUpFixtures.dueToday;
import static io.jiayi.followup.FollowUpFixtures.hypertension;
import static io.jiayi.followup.FollowUpFixtures.record;
import static io.jiayi.followup.FollowUpFixtures.sign;
import static io.jiayi.followup.FollowUpFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Residents answer due follow-ups online for themselves or a member, doctors record them after a
 * call or visit; every answer is checked against the form version the follow-up was issued with.
 */
@QuarkusTest
class AnsweringFollowUpsTest {

    private static ValidatableResponse answerInEnglish(Registered resident, String followUp, Map<String, Object> answers) {
        return resident.request().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("answers", answers)).post("/api/v1/me/follow-ups/" + followUp + "/answer").then();
    }

    @Test
    void aResidentAnswersEveryKindOfQuestionOnline() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        String followUp = dueToday(doctor, resident.patientId(), "HYPERTENSION");
        resident.request().get("/api/v1/me/follow-ups/" + followUp).then().statusCode(200)
                .body("followUp.state", is("DUE")).body("form.code", is("HYPERTENSION"))
                .body("form.questions.code", contains("systolic", "diastolic", "heartRate", "weight",
                        "medicationAdherence", "symptoms", "smoking", "measuredOn", "notes", "nextVisitOn"))
                .body("form.questions[0].type", is("NUMBER")).body("form.questions[0].unit", is("mmHg"))
                .body("form.questions[0].min", is(60)).body("form.questions[0].max", is(300))
                .body("form.questions[4].options.code", contains("REGULAR", "INTERMITTENT", "NONE"))
                .body("answers", nullValue());

        Map<String, Object> answers = new HashMap<>();
        answers.put("systolic", 128);
        answers.put("diastolic", 82);
        answers.put("heartRate", 72);
        answers.put("weight", 68.5);
        answers.put("medicationAdherence", "INTERMITTENT");
        answers.put("symptoms", List.of("DIZZINESS", "PALPITATION"));
        answers.put("smoking", true);
        answers.put("measuredOn", today().toString());
        answers.put("notes", "偶尔忘记服药");
        answers.put("nextVisitOn", today().plusDays(90).toString());
        answer(resident, followUp, answers).statusCode(200)
                .body("followUp.state", is("ANSWERED")).body("followUp.channel", is("ONLINE"))
                .body("followUp.answeredAt", notNullValue()).body("answeredBy", is("RESIDENT"))
                .body("answers.systolic", is(128)).body("answers.weight", is(68.5f))
                .body("answers.medicationAdherence", is("INTERMITTENT"))
                .body("answers.symptoms", contains("DIZZINESS", "PALPITATION"))
                .body("answers.smoking", is(true)).body("answers.measuredOn", is(today().toString()))
                .body("answers.notes", is("偶尔忘记服药")).body("alert", nullValue());
        answer(resident, followUp, answers).statusCode(409).body("code", is("FOLLOW_UP_ALREADY_ANSWERED"));
        doctor.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(200)
                .body("answers.heartRate", is(72)).body("followUp.patientId", is(resident.patientId()));
    }

    @Test
    void everyKindOfInvalidAnswerIsNamedByItsFieldAndNothingIsKept() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        String followUp = dueToday(doctor, resident.patientId(), "HYPERTENSION");

        Map<String, Object> first = new HashMap<>();
        first.put("systolic", "high");                                 // wrong type
        // diastolic missing                                           // required
        first.put("heartRate", 72.5);                                   // too many decimals
        first.put("weight", 19);                                        // out of range
        first.put("medicationAdherence", "SOMETIMES");                  // option not in the list
        first.put("symptoms", "DIZZINESS");                             // not a list
        first.put("smoking", "no");                                     // not a yes/no
        first.put("measuredOn", today().plusDays(1).toString());        // future date
        first.put("notes", "很".repeat(501));                           // text too long
        first.put("bloodType", "A");                                    // unknown question
        answerInEnglish(resident, followUp, first).statusCode(422).contentType("application/problem+json")
                .body("code", is("FOLLOW_UP_ANSWERS_INVALID"))
                .body("errors", hasSize(10))
                .body("errors.find { it.field == 'answers.systolic' }.message", is("must be a number"))
                .body("errors.find { it.field == 'answers.diastolic' }.message", is("is required"))
                .body("errors.find { it.field == 'answers.heartRate' }.message", is("may have at most 0 decimals"))
                .body("errors.find { it.field == 'answers.weight' }.message", is("must be from 20 to 300 kg"))
                .body("errors.find { it.field == 'answers.medicationAdherence' }.message",
                        is("\"SOMETIMES\" is not one of the options"))
                .body("errors.find { it.field == 'answers.symptoms' }.message", is("must be an array of option codes"))
                .body("errors.find { it.field == 'answers.smoking' }.message", is("must be true or false"))
                .body("errors.find { it.field == 'answers.measuredOn' }.message", is("must not be after today"))
                .body("errors.find { it.field == 'answers.notes' }.message", is("must be at most 500 characters"))
                .body("errors.find { it.field == 'answers.bloodType' }.message", is("is no question of this form"));

        Map<String, Object> second = new HashMap<>();
        second.put("systolic", 301);                                    // out of range
        second.put("diastolic", 85);
        second.put("medicationAdherence", List.of("REGULAR", "NONE"));  // two answers to a single choice
        second.put("symptoms", List.of("NONE", "SNEEZING"));            // option not in the list
        second.put("smoking", false);
        second.put("measuredOn", "2026/01/01");                         // not a date
        second.put("notes", 12);                                        // not text
        second.put("nextVisitOn", today().plusDays(400).toString());    // a future date this question allows
        second.put("weight", 70.25);                                    // more decimals than 1
        answerInEnglish(resident, followUp, second).statusCode(422)
                .body("errors.field", containsInAnyOrder("answers.systolic", "answers.medicationAdherence",
                        "answers.symptoms", "answers.measuredOn", "answers.notes", "answers.weight"))
                .body("errors.find { it.field == 'answers.systolic' }.message", is("must be from 60 to 300 mmHg"))
                .body("errors.find { it.field == 'answers.medicationAdherence' }.message", is("takes one option only"))
                .body("errors.find { it.field == 'answers.symptoms' }.message",
                        is("\"SNEEZING\" is not one of the options"))
                .body("errors.find { it.field == 'answers.measuredOn' }.message", is("must be a date, yyyy-MM-dd"))
                .body("errors.find { it.field == 'answers.notes' }.message", is("must be text"))
                .body("errors.find { it.field == 'answers.weight' }.message", is("may have at most 1 decimals"));
        // Chinese by default.
        resident.request().contentType("application/json").body(Map.of("answers", Map.of("systolic", 301)))
                .post("/api/v1/me/follow-ups/" + followUp + "/answer").then().statusCode(422)
                .body("errors.find { it.field == 'answers.systolic' }.message", is("须在 60 到 300 mmHg 之间"));

        resident.request().contentType("application/json").body(Map.of())
                .post("/api/v1/me/follow-ups/" + followUp + "/answer").then().statusCode(400)
                .body("code", is("VALIDATION_FAILED")).body("errors[0].field", is("answers"));
        resident.request().contentType("application/json")
                .body(Map.of("answers", hypertension(120, 80), "channel", "PHONE"))
                .post("/api/v1/me/follow-ups/" + followUp + "/answer").then().statusCode(400)
                .body("errors[0].field", is("channel"));
        resident.request().get("/api/v1/me/follow-ups/" + followUp).then().body("followUp.state", is("DUE"))
                .body("answers", nullValue());
        answer(resident, followUp, hypertension(120, 80)).statusCode(200);
    }

    @Test
    void aManagerAnswersForAMemberAndTheDoctorRecordsCallsAndVisits() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-JIANGSU");
        Registered manager = Residents.registered();
        String child = FollowUpFixtures.addChild(manager);
        sign(manager, doctor, List.of(manager.patientId(), child));
        String childFollowUp = dueToday(doctor, child, "TYPE2_DIABETES");
        String ownFollowUp = dueToday(doctor, manager.patientId(), "HYPERTENSION");

        manager.request().get("/api/v1/me/follow-ups").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(childFollowUp, ownFollowUp));
        manager.request().queryParam("patientId", child).queryParam("state", "DUE").get("/api/v1/me/follow-ups").then()
                .body("total", is(1)).body("items[0].id", is(childFollowUp))
                .body("items[0].condition", is("TYPE2_DIABETES"));
        answer(manager, childFollowUp, FollowUpFixtures.diabetes(5.6)).statusCode(200)
                .body("followUp.patientId", is(child)).body("answers.fastingGlucose", is(5.6f));

        record(doctor, ownFollowUp, hypertension(126, 80), null).statusCode(400).body("errors[0].field", is("channel"));
        record(doctor, ownFollowUp, hypertension(126, 80), "ONLINE").statusCode(400);
        record(doctor, ownFollowUp, Map.of("systolic", 126), "VISIT").statusCode(422)
                .body("code", is("FOLLOW_UP_ANSWERS_INVALID"));
        record(doctor, ownFollowUp, hypertension(126, 80), "VISIT").statusCode(200)
                .body("followUp.channel", is("VISIT")).body("answeredBy", is("DOCTOR"));
        manager.request().get("/api/v1/me/follow-ups/" + ownFollowUp).then().body("followUp.state", is("ANSWERED"))
                .body("answers.systolic", is(126));
    }

    @Test
    void followUpsOfOthersAreNotFound() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-JIANGSU");
        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-JIANGSU");
        Registered resident = Residents.registered();
        Registered stranger = Residents.registered();
        sign(resident, doctor);
        String followUp = dueToday(doctor, resident.patientId(), "HYPERTENSION");
        stranger.request().get("/api/v1/me/follow-ups/" + followUp).then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        answer(stranger, followUp, hypertension(120, 80)).statusCode(404);
        stranger.request().queryParam("patientId", resident.patientId()).get("/api/v1/me/follow-ups").then()
                .statusCode(404);
        stranger.request().get("/api/v1/me/follow-ups").then().body("total", is(0));
        other.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(404);
        record(other, followUp, hypertension(120, 80), "PHONE").statusCode(404);
        other.request().get("/api/v1/doctors/me/follow-ups").then().body("items.id", not(org.hamcrest.Matchers.hasItem(followUp)));
        doctor.request().get("/api/v1/follow-ups/not-an-id").then().statusCode(404);
        given().auth().oauth2(TestTokens.staffOf(doctor.centreId())).get("/api/v1/follow-ups/" + followUp).then()
                .statusCode(403);
        resident.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(403);
        given().get("/api/v1/me/follow-ups").then().statusCode(401);
    }

    @Test
    void answersAreCheckedAgainstTheFormVersionTheFollowUpWasIssuedWith() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-HONGQIAO");
        Registered resident = Residents.registered();
        sign(resident, doctor);
        var plan = FollowUpFixtures.createPlan(doctor, resident.patientId(), "SEVERE_MENTAL_DISORDER", today())
                .statusCode(201).extract();
        String issued = plan.path("followUps[0].id");
        String nextOne = plan.path("followUps[1].id");
        String oldFormId = plan.path("followUps[0].form.id");
        int oldVersion = plan.path("followUps[0].form.version");

        String admin = TestTokens.admin();
        Map<String, Object> newVersion = Map.of("code", "SEVERE_MENTAL_DISORDER", "title", "严重精神障碍患者随访表（修订）",
                "questions", List.of(
                        Map.of("code", "riskLevel", "label", "危险性评估", "type", "SINGLE_CHOICE", "required", true,
                                "options", List.of(Map.of("code", "LOW", "label", "低"), Map.of("code", "HIGH", "label", "高"))),
                        Map.of("code", "sleepHours", "label", "每日睡眠时长", "type", "NUMBER", "required", true,
                                "unit", "h", "min", 0, "max", 24, "decimals", 1)));
        resident.request().contentType("application/json").body(newVersion).post("/api/v1/follow-up-forms").then()
                .statusCode(403);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("code", "SEVERE_MENTAL_DISORDER", "title", "坏表", "questions", List.of(
                        Map.of("code", "sleepHours", "label", "睡眠", "type", "NUMBER", "required", true),
                        Map.of("code", "mood", "label", "情绪", "type", "SINGLE_CHOICE", "required", true,
                                "options", List.of(Map.of("code", "OK", "label", "好"))))))
                .post("/api/v1/follow-up-forms").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("questions[0]", "questions[1].options"));
        String newFormId = given().auth().oauth2(admin).contentType("application/json").body(newVersion)
                .post("/api/v1/follow-up-forms").then().statusCode(201)
                .body("version", is(oldVersion + 1)).body("questions.code", contains("riskLevel", "sleepHours"))
                .extract().path("id");

        // The open follow-up keeps its version; the one not yet open is issued with the new one.
        resident.request().get("/api/v1/me/follow-ups/" + issued).then().body("form.id", is(oldFormId))
                .body("form.version", is(oldVersion));
        resident.request().get("/api/v1/me/follow-ups/" + nextOne).then().body("form.id", is(newFormId));
        answer(resident, issued, Map.of("riskLevel", "LOW", "sleepHours", 7)).statusCode(422)
                .body("errors.field", containsInAnyOrder("answers.riskLevel", "answers.sleepHours",
                        "answers.stable", "answers.medicationAdherence"));
        answer(resident, issued, Map.of("riskLevel", "LEVEL_0", "stable", true, "medicationAdherence", "REGULAR",
                "socialFunction", "GOOD")).statusCode(200).body("form.version", is(oldVersion));
        // The old version and its answers stay as they were.
        resident.request().get("/api/v1/me/follow-ups/" + issued).then().body("answers.socialFunction", is("GOOD"))
                .body("form.questions.code", org.hamcrest.Matchers.hasItem("socialFunction"));
        given().auth().oauth2(admin).queryParam("code", "SEVERE_MENTAL_DISORDER").get("/api/v1/follow-up-forms").then()
                .statusCode(200).body("version", contains(oldVersion + 1, oldVersion));
        doctor.request().get("/api/v1/follow-up-forms/" + oldFormId).then().statusCode(200)
                .body("questions.code", org.hamcrest.Matchers.hasItem("stable"));
    }
}
