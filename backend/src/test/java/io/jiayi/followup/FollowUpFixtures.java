package io.jiayi.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jiayi.support.Directory;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestIdNumbers;
import io.restassured.response.ValidatableResponse;

/** Signed residents, plans and answers, as the apps make them. */
final class FollowUpFixtures {

    private FollowUpFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(MutableClock.get());
    }

    /** Signs the patients (the resident and/or members) with the doctor; ACTIVE at once. */
    static void sign(Registered resident, FamilyDoctor doctor, List<String> patientIds) {
        String applicationId = resident.request().contentType("application/json")
                .body(Map.of("doctorId", doctor.doctorId(), "districtHospitalId", Directory.institutionId("HOSP-TONGREN"),
                        "cityHospitalId", Directory.institutionId("CITY-HUADONG"), "patientIds", patientIds,
                        "agreement", Map.of("version", "2026-v1", "accepted", true)))
                .post("/api/v1/me/signings").then().statusCode(201).extract().path("id");
        doctor.request().post("/api/v1/signing-applications/" + applicationId + "/accept").then().statusCode(200);
    }

    static void sign(Registered resident, FamilyDoctor doctor) {
        sign(resident, doctor, List.of(resident.patientId()));
    }

    /** A child member the resident manages on a guardian's declaration; returns its patient id. */
    static String addChild(Registered manager) {
        return manager.request().contentType("application/json")
                .body(Map.of("relationship", "CHILD", "name", "小明", "idNumber",
                        TestIdNumbers.child(today(), 8), "guardianDeclaration", true))
                .post("/api/v1/me/members").then().statusCode(201).extract().path("patientId");
    }

    static ValidatableResponse createPlan(FamilyDoctor doctor, String patientId, String condition, LocalDate firstDueOn) {
        Map<String, Object> body = new HashMap<>(Map.of("patientId", patientId, "condition", condition));
        if (firstDueOn != null) {
            body.put("firstDueOn", firstDueOn.toString());
        }
        return doctor.request().contentType("application/json").body(body).post("/api/v1/follow-up-plans").then();
    }

    /** A plan whose first follow-up is due today (so DUE now); returns that follow-up's id. */
    static String dueToday(FamilyDoctor doctor, String patientId, String condition) {
        return createPlan(doctor, patientId, condition, today()).statusCode(201).extract().path("followUps[0].id");
    }

    /** Valid answers to the hypertension form. */
    static Map<String, Object> hypertension(int systolic, int diastolic) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("systolic", systolic);
        answers.put("diastolic", diastolic);
        answers.put("medicationAdherence", "REGULAR");
        answers.put("smoking", false);
        return answers;
    }

    /** Valid answers to the type 2 diabetes form. */
    static Map<String, Object> diabetes(double fastingGlucose) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("fastingGlucose", fastingGlucose);
        answers.put("medicationAdherence", "REGULAR");
        answers.put("insulin", false);
        return answers;
    }

    static ValidatableResponse answer(Registered resident, String followUpId, Map<String, Object> answers) {
        return resident.request().contentType("application/json").body(Map.of("answers", answers))
                .post("/api/v1/me/follow-ups/" + followUpId + "/answer").then();
    }

    static ValidatableResponse record(FamilyDoctor doctor, String followUpId, Map<String, Object> answers,
            String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (channel != null) {
            body.put("channel", channel);
        }
        return doctor.request().contentType("application/json").body(body)
                .post("/api/v1/follow-ups/" + followUpId + "/answer").then();
    }

    static ValidatableResponse bloodPressure(Registered resident, String patientId, int systolic, int diastolic) {
        return resident.request().contentType("application/json")
                .body(Map.of("kind", "BLOOD_PRESSURE", "systolicMmhg", systolic, "diastolicMmhg", diastolic,
                        "source", "APP", "measuredAt", java.time.OffsetDateTime.now(MutableClock.get()).minusMinutes(5).toString()))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/me/patients/" + patientId + "/measurements").then();
    }

    static ValidatableResponse glucose(Registered resident, String patientId, double value, String timing) {
        return resident.request().contentType("application/json")
                .body(Map.of("kind", "GLUCOSE", "glucoseMmol", value, "glucoseTiming", timing, "source", "APP",
                        "measuredAt", java.time.OffsetDateTime.now(MutableClock.get()).minusMinutes(5).toString()))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/me/patients/" + patientId + "/measurements").then();
    }
}
