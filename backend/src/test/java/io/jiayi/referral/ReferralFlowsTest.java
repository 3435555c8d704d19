package io.jiayi.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.service.HoldExpiry;
import io.jiayi.booking.service.ReferralRelease;
import io.jiayi.referral.service.Referrals;
import io.jiayi.support.BehindARowLock;
import io.jiayi.support.Directory;
import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Two-way referral: the pool it opens, its window, the worklist, the hospital's side, downward tasks, statistics. */
@QuarkusTest
class ReferralFlowsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TONGREN = "HOSP-TONGREN";

    @Inject
    AgroalDataSource dataSource;

    /** A resident with an active signing with a new family doctor at 新华. */
    private record Signed(Registered resident, FamilyDoctor doctor) {
    }

    private static Signed signed() {
        FamilyDoctor doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        Registered resident = Residents.registered();
        String application = resident.request().contentType("application/json")
                .body(Map.of("doctorId", doctor.doctorId(), "districtHospitalId", Directory.institutionId(TONGREN),
                        "cityHospitalId", Directory.institutionId("CITY-HUADONG"), "patientIds",
                        List.of(resident.patientId()), "agreement", Map.of("version", "2026-v1", "accepted", true)))
                .post("/api/v1/me/signings").then().statusCode(201).extract().path("id");
        doctor.request().post("/api/v1/signing-applications/" + application + "/accept").then().statusCode(200);
        return new Signed(resident, doctor);
    }

    private static RequestSpecification staff(String institutionCode) {
        return given().auth().oauth2(TestTokens.staffOf(Directory.institutionId(institutionCode)))
                .contentType("application/json");
    }

    private static String newDoctor(String departmentCode) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "DR-RF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "institutionId", Directory.institutionId(TONGREN),
                        "departmentId", Directory.departmentId(TONGREN, departmentCode), "name", "转诊专家",
                        "gender", "MALE", "title", "CHIEF_PHYSICIAN"))
                .post("/api/v1/doctors").then().statusCode(201).extract().path("id");
    }

    /** An expert morning at 同仁 (20% of its units kept for referrals): two slots of 5 units, 1 of them for referrals. */
    private static JsonPath expertClinic(String departmentCode, String doctorId, LocalDate date) {
        return clinic(departmentCode, doctorId, date, "EXPERT", null);
    }

    private static JsonPath clinic(String departmentCode, String doctorId, LocalDate date, String clinicType,
            String modality) {
        return clinic(departmentCode, doctorId, date, clinicType, modality, 5);
    }

    private static JsonPath clinic(String departmentCode, String doctorId, LocalDate date, String clinicType,
            String modality, int capacityPerSlot) {
        Map<String, Object> body = new HashMap<>(Map.ofEntries(Map.entry("doctorId", doctorId),
                Map.entry("departmentId", Directory.departmentId(TONGREN, departmentCode)),
                Map.entry("date", date.toString()), Map.entry("session", "MORNING"), Map.entry("startTime", "08:00"),
                Map.entry("endTime", "10:00"), Map.entry("clinicType", clinicType), Map.entry("slotMinutes", 60),
                Map.entry("capacityPerSlot", capacityPerSlot), Map.entry("feeFen", 5000), Map.entry("location", "门诊楼 5 楼")));
        if (modality != null) {
            body.put("examModality", modality);
        }
        return staff(TONGREN).body(body).post("/api/v1/schedules").then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> referral(Signed signed, String departmentCode, String priority, List<String> requests) {
        return Map.of("patientId", signed.resident().patientId(),
                "toDepartmentId", Directory.departmentId(TONGREN, departmentCode), "priority", priority,
                "reason", "血压控制不佳，需专科调整用药", "diagnosis", Map.of("text", "原发性高血压 3 级", "icd10", "I10"),
                "clinicalSummary", "近两周家庭自测血压 170/105 mmHg，已联用两种降压药。", "requests", requests);
    }

    private static ValidatableResponse refer(Signed signed, Map<String, Object> body) {
        return signed.doctor().request().contentType("application/json").body(body).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/referrals").then();
    }

    private static ValidatableResponse book(RequestSpecification as, String referralId, String slotId) {
        return as.contentType("application/json").body(Map.of("slotId", slotId))
                .post("/api/v1/referrals/" + referralId + "/book").then();
    }

    private static LocalDate inDays(int days) {
        return LocalDate.now(MutableClock.get()).plusDays(days);
    }

    @Test
    void onlyTheActiveFamilyDoctorRefersAndOnlyAValidReferralOpensTheReferralPool() {
        Signed signed = signed();
        String doctor = newDoctor("CARDIOLOGY");
        JsonPath clinic = expertClinic("CARDIOLOGY", doctor, inDays(2));
        String slot = clinic.getString("slots[0].id");
        assertEquals(1, clinic.getInt("slots[0].referralCapacity"));

        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-XINHUA");
        other.request().contentType("application/json").body(referral(signed, "CARDIOLOGY", "ROUTINE", List.of("CONSULTATION")))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/referrals").then().statusCode(403);
        Map<String, Object> badCode = new HashMap<>(referral(signed, "CARDIOLOGY", "ROUTINE", List.of("CONSULTATION")));
        badCode.put("diagnosis", Map.of("text", "高血压", "icd10", "10-I"));
        refer(signed, badCode).statusCode(400).body("errors[0].field", is("diagnosis.icd10"));

        // Without a referral, the public units are all there is.
        for (int i = 0; i < 4; i++) {
            Registered someone = Residents.registered();
            lock(someone, slot).statusCode(201);
        }
        Registered late = Residents.registered();
        lock(late, slot).statusCode(409).body("code", is("SLOT_SOLD_OUT"));

        // A retry with the same key and body gets the first answer, not a second referral.
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = referral(signed, "CARDIOLOGY", "ROUTINE", List.of("CONSULTATION"));
        String id = signed.doctor().request().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/referrals").then().statusCode(201)
                .body("state", is("CREATED")).body("direction", is("UP")).body("patient.name", notNullValue())
                .body("validUntil", notNullValue()).body("diagnosis.icd10", is("I10")).extract().path("id");
        signed.doctor().request().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/referrals").then().statusCode(201).body("id", is(id));
        signed.doctor().request().contentType("application/json").header("Idempotency-Key", key)
                .body(referral(signed, "CARDIOLOGY", "URGENT", List.of("CONSULTATION"))).post("/api/v1/referrals").then()
                .statusCode(422).body("code", is("IDEMPOTENCY_KEY_REUSED"));
        signed.doctor().request().contentType("application/json").body(body).post("/api/v1/referrals").then()
                .statusCode(400);
        signed.doctor().request().get("/api/v1/doctors/me/referrals").then().body("total", is(1));
        JsonPath offers = signed.resident().request().get("/api/v1/referrals/" + id + "/slots").then().statusCode(200)
                .body("find { it.slotId == '" + slot + "' }.referralRemaining", is(1))
                .body("find { it.slotId == '" + slot + "' }.publicRemaining", is(0)).extract().jsonPath();
        // Referral-pool units first: no slot with one comes after a slot without.
        List<Integer> referralUnits = offers.getList("referralRemaining", Integer.class);
        for (int i = 1; i < referralUnits.size(); i++) {
            assertEquals(false, referralUnits.get(i - 1) == 0 && referralUnits.get(i) > 0, referralUnits.toString());
        }

        book(signed.resident().request(), id, slot).statusCode(200).body("state", is("BOOKED"))
                .body("bookingId", notNullValue());
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].pool", is("REFERRAL"))
                .body("items[0].referralId", is(id)).body("items[0].priorities", contains("CONSULTATION"))
                .body("items[0].status", is("HELD"));
        book(signed.doctor().request(), id, clinic.getString("slots[1].id")).statusCode(409)
                .body("code", is("REFERRAL_ALREADY_BOOKED"));
        signed.doctor().request().post("/api/v1/referrals/" + id + "/confirm").then().statusCode(200);
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].status", is("CONFIRMED"));
        signed.resident().request().get("/api/v1/me/referrals").then().statusCode(200).body("items[0].id", is(id))
                .body("items[0].state", is("BOOKED"));
    }

    @Test
    void urgentReferralsOnlyTakeSlotsInsideTheirShortWindow() {
        Signed signed = signed();
        String doctor = newDoctor("ENDOCRINOLOGY");
        String near = expertClinic("ENDOCRINOLOGY", doctor, inDays(2)).getString("slots[0].id");
        String far = expertClinic("ENDOCRINOLOGY", doctor, inDays(5)).getString("slots[0].id");
        Map<String, Object> body = new HashMap<>(referral(signed, "ENDOCRINOLOGY", "URGENT", List.of("CONSULTATION")));
        body.put("toDoctorId", doctor);
        String id = refer(signed, body).statusCode(201).body("priority", is("URGENT")).extract().path("id");
        signed.doctor().request().get("/api/v1/referrals/" + id + "/slots").then().statusCode(200)
                .body("slotId", hasItem(near)).body("slotId", not(hasItem(far)));
        book(signed.doctor().request(), id, far).statusCode(422).body("code", is("REFERRAL_SLOT_OUTSIDE_WINDOW"))
                .body("windowEndsAt", notNullValue());
        book(signed.doctor().request(), id, near).statusCode(200).body("state", is("BOOKED"));
    }

    @Test
    void withNothingFreeTheReferralWaitsOnTheHospitalWorklistUntilTheHospitalOffersASlot() {
        // No clinic of 同仁's urology in the window (no other test publishes one).
        Signed signed = signed();
        String id = refer(signed, referral(signed, "UROLOGY", "URGENT", List.of("CONSULTATION"))).statusCode(201)
                .body("state", is("AWAITING_SLOT")).extract().path("id");
        signed.resident().request().get("/api/v1/me/referrals").then().body("items[0].state", is("AWAITING_SLOT"));
        staff(TONGREN).queryParam("state", "AWAITING_SLOT").get("/api/v1/referrals/incoming").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items[0].priority", is("URGENT"));

        // The incoming list puts urgent referrals first.
        Signed routine = signed();
        refer(routine, referral(routine, "UROLOGY", "ROUTINE", List.of("CONSULTATION"))).statusCode(201);
        List<String> priorities = staff(TONGREN).queryParam("size", 100).get("/api/v1/referrals/incoming").then()
                .statusCode(200).extract().jsonPath().getList("items.priority", String.class);
        assertEquals(priorities.stream().sorted(java.util.Comparator.comparing(p -> p.equals("URGENT") ? 0 : 1)).toList(),
                priorities);
        assertEquals(true, priorities.contains("ROUTINE") && priorities.contains("URGENT"));

        String slot = expertClinic("UROLOGY", newDoctor("UROLOGY"), inDays(1)).getString("slots[0].id");
        book(staff(TONGREN), id, slot).statusCode(200).body("state", is("BOOKED"));
        signed.resident().request().get("/api/v1/referrals/" + id).then().body("history.action",
                contains("REFER", "AWAIT_SLOT", "BOOK"));
    }

    @Test
    void theHospitalAcceptsVisitsAsksForAdmissionAndClosesAndItsClinicListPutsReferralsFirst() throws Exception {
        Signed signed = signed();
        String doctor = newDoctor("RESPIRATORY");
        JsonPath clinic = expertClinic("RESPIRATORY", doctor, inDays(2));
        String slot = clinic.getString("slots[0].id");
        Registered walkIn = Residents.registered();
        lock(walkIn, slot).statusCode(201);
        String id = refer(signed, referral(signed, "RESPIRATORY", "ROUTINE", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        book(signed.resident().request(), id, slot).statusCode(200);

        staff(TONGREN).get("/api/v1/schedules/" + clinic.getString("id") + "/bookings").then().statusCode(200)
                .body("[0].referralId", is(id)).body("[1].referralId", nullValue());
        staff(TONGREN).post("/api/v1/referrals/" + id + "/accept").then().statusCode(200).body("state", is("ACCEPTED"));
        staff(TONGREN).post("/api/v1/referrals/" + id + "/accept").then().statusCode(409)
                .body("code", is("REFERRAL_STATE_CONFLICT")).body("state", is("ACCEPTED"));
        staff(TONGREN).body(Map.of("text", "需住院行支气管镜检查")).post("/api/v1/referrals/" + id + "/admission").then()
                .statusCode(200).body("admissionRequested", is(true));
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].priorities",
                contains("CONSULTATION", "ADMISSION"));
        staff(TONGREN).body(Map.of("text", "结论")).post("/api/v1/referrals/" + id + "/close").then().statusCode(409);
        staff(TONGREN).body(Map.of("text", "已就诊，收入院")).post("/api/v1/referrals/" + id + "/visit").then()
                .statusCode(200).body("state", is("VISITED")).body("visitedAt", notNullValue());
        staff(TONGREN).body(Map.of("text", "出院，转回社区随访")).post("/api/v1/referrals/" + id + "/close").then()
                .statusCode(200).body("state", is("CLOSED")).body("outcome", is("出院，转回社区随访"))
                .body("history.action", contains("REFER", "BOOK", "ACCEPT", "REQUEST_ADMISSION", "VISIT", "CLOSE"))
                .body("history[2].actorRole", is("STAFF"));
        // Staff of another hospital are not involved.
        staff("HOSP-GUANGHUA").post("/api/v1/referrals/" + id + "/accept").then().statusCode(404);
    }

    @Test
    void aDeclineCancelsTheBookingReturnsTheReferralUnitAndTellsTheDoctorAndTheResident() throws Exception {
        Signed signed = signed();
        JsonPath clinic = expertClinic("GASTRO", newDoctor("GASTRO"), inDays(2));
        String slot = clinic.getString("slots[0].id");
        String id = refer(signed, referral(signed, "GASTRO", "ROUTINE", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        String booking = book(signed.doctor().request(), id, slot).statusCode(200).extract().path("bookingId");
        staff(TONGREN).body(Map.of("text", "病情更适合社区管理")).post("/api/v1/referrals/" + id + "/decline").then()
                .statusCode(200).body("state", is("DECLINED")).body("bookingId", nullValue());
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].id", is(booking))
                .body("items[0].status", is("CANCELLED"));
        staff(TONGREN).get("/api/v1/schedules/" + clinic.getString("id")).then().body("slots[0].referralRemaining", is(1));
        assertEquals(1, count("SELECT count(*) FROM notification WHERE referral_id = ? AND kind = 'REFERRAL_DECLINED'"
                + " AND account_id IS NOT NULL", id));
        assertEquals(1, count("SELECT count(*) FROM notification WHERE referral_id = ? AND kind = 'REFERRAL_DECLINED'"
                + " AND staff_account_id IS NOT NULL", id));
        book(signed.doctor().request(), id, slot).statusCode(422).body("code", is("REFERRAL_NOT_VALID"));
    }

    @Test
    void aDeclineAndTheResidentsCancellationOfItsBookingAtOnceBothAnswerAndTheUnitComesBackOnce() throws Exception {
        // Ten units a slot, two of them for referrals, both taken: a unit given back twice shows in the count.
        JsonPath clinic = clinic("ENDOCRINOLOGY", newDoctor("ENDOCRINOLOGY"), inDays(2), "EXPERT", null, 10);
        String slot = clinic.getString("slots[0].id");
        bookedReferral(signed(), "ENDOCRINOLOGY", slot);
        Signed signed = signed();
        BookedReferral booked = bookedReferral(signed, "ENDOCRINOLOGY", slot);
        String booking = booked.bookingId();

        // The worst order: the decline holds the referral when the cancellation arrives.
        List<Integer> answers = behindTheReferral(booked.referralId(), () -> decline(booked.referralId()),
                () -> signed.resident().request().post("/api/v1/bookings/" + booking + "/cancel").then().extract()
                        .statusCode());
        int declined = answers.get(0);
        int cancelled = answers.get(1);
        assertEquals(200, declined);
        assertEquals(409, cancelled);
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].id", is(booking))
                .body("items[0].status", is("CANCELLED"));
        staff(TONGREN).get("/api/v1/schedules/" + clinic.getString("id")).then().body("slots[0].referralRemaining", is(1));
    }

    @Test
    void aDeclineAndAClinicStopAtOnceBothAnswerAndTheBookingEndsOnce() throws Exception {
        JsonPath clinic = expertClinic("UROLOGY", newDoctor("UROLOGY"), inDays(2));
        BookedReferral booked = bookedReferral(signed(), "UROLOGY", clinic.getString("slots[0].id"));
        String booking = booked.bookingId();

        List<Integer> answers = behindTheReferral(booked.referralId(), () -> decline(booked.referralId()),
                () -> staff(TONGREN).body(Map.of("reason", "医生临时出诊任务"))
                        .post("/api/v1/schedules/" + clinic.getString("id") + "/stop").then().extract().statusCode());
        assertEquals(List.of(200, 200), answers);
        // The decline came first: the booking ended as declined and the stop found nothing of it left to cancel.
        assertEquals(1, count("SELECT count(*) FROM booking WHERE id = ? AND status = 'CANCELLED'"
                + " AND cancel_reason = 'REFERRAL_DECLINED'", booking));
        assertEquals(0, count("SELECT count(*) FROM notification WHERE booking_id = ? AND kind = 'CLINIC_STOPPED'", booking));
    }

    @Test
    void aDeclineAndTheLapseOfItsHoldAtOnceBothFinishAndTheHoldEndsOnce() throws Exception {
        JsonPath clinic = expertClinic("NEPHROLOGY", newDoctor("NEPHROLOGY"), inDays(2));
        BookedReferral booked = bookedReferral(signed(), "NEPHROLOGY", clinic.getString("slots[0].id"));
        String booking = booked.bookingId();
        HoldExpiry expiry = Arc.container().instance(HoldExpiry.class).get();

        List<Integer> answers = behindTheReferral(booked.referralId(), () -> decline(booked.referralId()),
                () -> {
                    // The hold lapses while the decline waits; the lapse is run at once rather than by the timer.
                    MutableClock.get().advance(Duration.ofMinutes(10).plusSeconds(1));
                    return OnVertx.await(expiry::run);
                });
        assertEquals(200, answers.get(0));
        assertEquals(1, count("SELECT count(*) FROM booking WHERE id = ? AND status = 'CANCELLED'"
                + " AND cancel_reason = 'REFERRAL_DECLINED'", booking));
        staff(TONGREN).get("/api/v1/schedules/" + clinic.getString("id")).then().body("slots[0].referralRemaining", is(1));
    }

    /** A referral of the signed resident to the department, booked on the slot through the doctor. */
    private record BookedReferral(String referralId, String bookingId) {
    }

    private static BookedReferral bookedReferral(Signed signed, String departmentCode, String slot) {
        String id = refer(signed, referral(signed, departmentCode, "ROUTINE", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        return new BookedReferral(id, book(signed.doctor().request(), id, slot).statusCode(200).extract().path("bookingId"));
    }

    /** The hospital declines the referral; returns the status code. */
    private static int decline(String referralId) {
        return staff(TONGREN).body(Map.of("text", "病情更适合社区管理")).post("/api/v1/referrals/" + referralId + "/decline")
                .then().extract().statusCode();
    }

    /** Two requests that both need the referral's row lock, the first holding it when the second arrives. */
    private List<Integer> behindTheReferral(String referralId, java.util.concurrent.Callable<Integer> first,
            java.util.concurrent.Callable<Integer> second) throws Exception {
        return BehindARowLock.run(dataSource, "referral", referralId, first, second);
    }

    @Test
    void examinationResourcesBookOnlyThroughAReferralAskingForAnExamination() {
        Signed signed = signed();
        String radiologist = newDoctor("RADIOLOGY");
        Map<String, Object> noModality = Map.ofEntries(Map.entry("doctorId", radiologist),
                Map.entry("departmentId", Directory.departmentId(TONGREN, "RADIOLOGY")),
                Map.entry("date", inDays(2).toString()), Map.entry("session", "AFTERNOON"),
                Map.entry("clinicType", "EXAMINATION"), Map.entry("slotMinutes", 30), Map.entry("capacityPerSlot", 2),
                Map.entry("feeFen", 30000), Map.entry("location", "影像楼 CT 室"));
        staff(TONGREN).body(noModality).post("/api/v1/schedules").then().statusCode(400)
                .body("errors[0].field", is("examModality"));
        JsonPath ct = clinic("RADIOLOGY", radiologist, inDays(2), "EXAMINATION", "CT");
        assertEquals("CT", ct.getString("examModality"));
        String ctSlot = ct.getString("slots[0].id");

        String consultation = refer(signed, referral(signed, "CARDIOLOGY", "ROUTINE", List.of("CONSULTATION")))
                .statusCode(201).extract().path("id");
        book(signed.doctor().request(), consultation, ctSlot).statusCode(422)
                .body("code", is("REFERRAL_NOT_FOR_EXAMINATION"));
        signed.doctor().request().post("/api/v1/referrals/" + consultation + "/cancel").then().statusCode(415);
        signed.doctor().request().contentType("application/json").body(Map.of("text", "改为检查"))
                .post("/api/v1/referrals/" + consultation + "/cancel").then().statusCode(200).body("state", is("CANCELLED"));

        String exam = refer(signed, referral(signed, "CARDIOLOGY", "ROUTINE", List.of("EXAMINATION"))).statusCode(201)
                .extract().path("id");
        signed.doctor().request().get("/api/v1/referrals/" + exam + "/slots").then().body("slotId", hasItem(ctSlot))
                .body("examModality", everyItem(is("CT")));
        book(signed.doctor().request(), exam, ctSlot).statusCode(200).body("examBookingId", notNullValue())
                .body("bookingId", nullValue());
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].priorities", contains("EXAMINATION"));
    }

    @Test
    void aDownwardReferralIsATaskForTheFamilyDoctorOrAnOfferToSignAtTheCentre() throws Exception {
        Signed signed = signed();
        String slot = expertClinic("NEUROLOGY", newDoctor("NEUROLOGY"), inDays(2)).getString("slots[0].id");
        String up = refer(signed, referral(signed, "NEUROLOGY", "ROUTINE", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        book(signed.resident().request(), up, slot).statusCode(200);
        String hospitalToken = FamilyDoctorAccounts.login("tongren.doctor", "Doctor-Jiayi-2026");
        java.util.function.Supplier<RequestSpecification> hospitalDoctor = () -> given().auth().oauth2(hospitalToken)
                .contentType("application/json");

        Map<String, Object> down = Map.of("patientId", signed.resident().patientId(),
                "toInstitutionId", Directory.institutionId("CHC-XINHUA"), "reason", "卒中后病情稳定",
                "diagnosis", Map.of("text", "脑梗死恢复期", "icd10", "I63.9"), "clinicalSummary", "溶栓后神经功能明显改善。",
                "followUp", "每两周随访血压与肢体功能，三个月后复查头颅 MRI");
        String id = hospitalDoctor.get().body(down).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/referrals/downward").then().statusCode(201)
                .body("direction", is("DOWN")).body("toDoctor.id", is(signed.doctor().doctorId()))
                .body("signingOffered", is(false)).extract().path("id");
        signed.doctor().request().get("/api/v1/doctors/me/referral-tasks").then().statusCode(200)
                .body("items[0].id", is(id)).body("items[0].followUp", notNullValue());
        FamilyDoctor other = FamilyDoctorAccounts.create("CHC-XINHUA");
        other.request().post("/api/v1/referrals/" + id + "/acknowledge").then().statusCode(404);
        signed.doctor().request().post("/api/v1/referrals/" + id + "/acknowledge").then().statusCode(200)
                .body("state", is("ACKNOWLEDGED"));
        signed.doctor().request().contentType("application/json").body(Map.of("conditions", List.of("HYPERTENSION")))
                .post("/api/v1/referrals/" + id + "/follow-up-plans").then().statusCode(200)
                .body("[0].source", is("REFERRAL")).body("[0].condition", is("HYPERTENSION"))
                .body("[0].followUps", not(org.hamcrest.Matchers.empty()));
        signed.doctor().request().contentType("application/json").body(Map.of("text", "已建立随访计划"))
                .post("/api/v1/referrals/" + id + "/close").then().statusCode(200).body("state", is("CLOSED"))
                .body("history.action", hasItem("PLAN_FOLLOW_UPS"));
        assertEquals(1, count("SELECT count(*) FROM notification WHERE referral_id = ? AND kind = 'REFERRAL_TASK'", id));

        // Seen at 同仁 but signed nowhere: offered signing at the centre.
        Registered unsigned = Residents.registered();
        lock(unsigned, expertClinic("NEUROLOGY", newDoctor("NEUROLOGY"), inDays(3)).getString("slots[0].id"))
                .statusCode(201);
        Map<String, Object> offer = new HashMap<>(down);
        offer.put("patientId", unsigned.patientId());
        String offered = hospitalDoctor.get().body(offer).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/referrals/downward").then().statusCode(201)
                .body("signingOffered", is(true)).body("toDoctor", nullValue()).extract().path("id");
        assertEquals(1, count("SELECT count(*) FROM notification WHERE referral_id = ? AND kind = 'SIGNING_OFFERED'", offered));
        unsigned.request().get("/api/v1/referrals/" + offered).then().statusCode(200).body("state", is("CREATED"));

        // Never seen at 同仁: nothing to refer; a hospital is not a community centre.
        Registered stranger = Residents.registered();
        offer.put("patientId", stranger.patientId());
        hospitalDoctor.get().body(offer).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/referrals/downward").then().statusCode(404);
        Map<String, Object> toHospital = new HashMap<>(down);
        toHospital.put("toInstitutionId", Directory.institutionId("HOSP-GUANGHUA"));
        hospitalDoctor.get().body(toHospital).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).post("/api/v1/referrals/downward").then().statusCode(422)
                .body("code", is("NOT_A_COMMUNITY_CENTRE"));
    }

    @Test
    void nobodyOutsideTheReferralSeesItAndAnEndedOneRefusesChanges() {
        Signed signed = signed();
        String id = refer(signed, referral(signed, "ORTHOPAEDICS", "ROUTINE", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        Residents.registered().request().get("/api/v1/referrals/" + id).then().statusCode(404);
        FamilyDoctorAccounts.create("CHC-XINHUA").request().get("/api/v1/referrals/" + id).then().statusCode(404);
        staff("HOSP-GUANGHUA").get("/api/v1/referrals/" + id).then().statusCode(404);
        staff(TONGREN).get("/api/v1/referrals/" + id).then().statusCode(200);
        signed.doctor().request().get("/api/v1/doctors/me/referrals").then().body("items[0].id", is(id));
        signed.resident().request().contentType("application/json").body(Map.of("text", "不需要了"))
                .post("/api/v1/referrals/" + id + "/cancel").then().statusCode(200).body("state", is("CANCELLED"));
        signed.doctor().request().contentType("application/json").body(Map.of("text", "再次取消"))
                .post("/api/v1/referrals/" + id + "/cancel").then().statusCode(409).body("state", is("CANCELLED"));
        given().get("/api/v1/referrals/" + id).then().statusCode(401);
    }

    @Test
    void aStoppedClinicReturnsItsReferralToAStateThatCanBookAgain() {
        Signed signed = signed();
        String doctor = newDoctor("GENERAL-SURGERY");
        JsonPath clinic = expertClinic("GENERAL-SURGERY", doctor, inDays(2));
        String other = expertClinic("GENERAL-SURGERY", doctor, inDays(3)).getString("slots[0].id");
        String id = refer(signed, referral(signed, "GENERAL-SURGERY", "ROUTINE", List.of("CONSULTATION")))
                .statusCode(201).extract().path("id");
        book(signed.resident().request(), id, clinic.getString("slots[0].id")).statusCode(200);
        staff(TONGREN).body(Map.of("reason", "医生外出会诊")).post("/api/v1/schedules/" + clinic.getString("id") + "/stop")
                .then().statusCode(200);
        signed.resident().request().get("/api/v1/referrals/" + id).then().body("state", is("CREATED"))
                .body("bookingId", nullValue());
        book(signed.resident().request(), id, other).statusCode(200).body("state", is("BOOKED"));
    }

    @Test
    void statisticsCountReferralsPoolUseAndReleaseAndUrgentReferralsSeenInTime() throws Exception {
        MutableClock clock = MutableClock.get();
        LocalDate day = inDays(1);
        // Near enough to the clinic that its unused referral units are released to the public pool.
        java.time.Instant nearClinic = day.atTime(9, 30).minusHours(23).atZone(SHANGHAI).toInstant();
        if (clock.instant().isBefore(nearClinic)) {
            clock.advance(Duration.between(clock.instant(), nearClinic));
        }
        Signed signed = signed();
        String xinhua = Directory.institutionId("CHC-XINHUA");
        String tongren = Directory.institutionId(TONGREN);
        LocalDate today = LocalDate.now(clock);
        ReferralRelease release = Arc.container().instance(ReferralRelease.class).get();
        // Other clinics of the day release first, so the figures below move by this test's units only.
        OnVertx.await(release::run);
        JsonPath before = statistics(today, xinhua);
        JsonPath poolBefore = statistics(day, tongren);

        JsonPath clinic = expertClinic("CARDIOLOGY", newDoctor("CARDIOLOGY"), day);
        String urgent = refer(signed, referral(signed, "CARDIOLOGY", "URGENT", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        book(signed.doctor().request(), urgent, clinic.getString("slots[1].id")).statusCode(200);
        staff(TONGREN).body(Map.of("text", "已就诊")).post("/api/v1/referrals/" + urgent + "/visit").then().statusCode(200);
        Signed second = signed();
        refer(second, referral(second, "ENDOCRINOLOGY", "ROUTINE", List.of("CONSULTATION"))).statusCode(201);
        OnVertx.await(release::run);

        JsonPath after = statistics(today, xinhua);
        assertEquals(counts(before, xinhua, "upSent") + 2, counts(after, xinhua, "upSent"));
        assertEquals(counts(before, xinhua, "downReceived"), counts(after, xinhua, "downReceived"));
        assertEquals(before.getLong("urgent.urgent") + 1, after.getLong("urgent.urgent"));
        assertEquals(before.getLong("urgent.seenInWindow") + 1, after.getLong("urgent.seenInWindow"));
        JsonPath poolAfter = statistics(day, tongren);
        assertEquals(poolBefore.getLong("referralPool.reserved") + 2, poolAfter.getLong("referralPool.reserved"));
        assertEquals(poolBefore.getLong("referralPool.used") + 1, poolAfter.getLong("referralPool.used"));
        assertEquals(poolBefore.getLong("referralPool.released") + 1, poolAfter.getLong("referralPool.released"));
        staff(TONGREN).queryParam("from", today.toString()).queryParam("to", today.toString())
                .queryParam("institutionId", xinhua).get("/api/v1/referral-statistics").then().statusCode(403);
        staff(TONGREN).queryParam("from", "yesterday").queryParam("to", today.toString())
                .get("/api/v1/referral-statistics").then().statusCode(400);
    }

    @Test
    void aLapsedReferralHoldGivesTheUnitBackToTheReferralPoolAndTheReferralMayBookAgain() {
        Signed signed = signed();
        JsonPath clinic = expertClinic("NEPHROLOGY", newDoctor("NEPHROLOGY"), inDays(3));
        String id = refer(signed, referral(signed, "NEPHROLOGY", "ROUTINE", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        book(signed.doctor().request(), id, clinic.getString("slots[0].id")).statusCode(200);
        staff(TONGREN).get("/api/v1/schedules/" + clinic.getString("id")).then().body("slots[0].referralRemaining", is(0));
        MutableClock.get().advance(Duration.ofMinutes(10).plusSeconds(1));
        OnVertx.await(Arc.container().instance(io.jiayi.booking.service.HoldExpiry.class).get()::run);
        staff(TONGREN).get("/api/v1/schedules/" + clinic.getString("id")).then().body("slots[0].referralRemaining", is(1));
        Registered resident = Residents.signInAgain(signed.resident());
        resident.request().get("/api/v1/referrals/" + id).then().body("state", is("CREATED")).body("bookingId", nullValue())
                .body("history.action", hasItem("BOOKING_ENDED"));
        book(resident.request(), id, clinic.getString("slots[0].id")).statusCode(200).body("state", is("BOOKED"));
    }

    @Test
    void aRoutineReferralLastsFourteenDaysTheResidentConfirmsAndTheHospitalFiltersByPriority() {
        Signed signed = signed();
        String slot = expertClinic("OPHTHALMOLOGY", newDoctor("OPHTHALMOLOGY"), inDays(2)).getString("slots[0].id");
        JsonPath referral = refer(signed, referral(signed, "OPHTHALMOLOGY", "ROUTINE", List.of("CONSULTATION")))
                .statusCode(201).extract().jsonPath();
        String id = referral.getString("id");
        assertEquals(Duration.ofDays(14), Duration.between(java.time.OffsetDateTime.parse(referral.getString("createdAt")),
                java.time.OffsetDateTime.parse(referral.getString("validUntil"))));
        book(signed.resident().request(), id, slot).statusCode(200);
        signed.resident().request().post("/api/v1/referrals/" + id + "/confirm").then().statusCode(200);
        signed.resident().request().get("/api/v1/me/bookings").then().body("items[0].status", is("CONFIRMED"));
        staff(TONGREN).queryParam("priority", "ROUTINE").queryParam("size", 100).get("/api/v1/referrals/incoming").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.priority", everyItem(is("ROUTINE")));
        staff(TONGREN).queryParam("priority", "URGENT").queryParam("size", 100).get("/api/v1/referrals/incoming").then()
                .statusCode(200).body("items.id", not(hasItem(id))).body("items.priority", everyItem(is("URGENT")));
        staff(TONGREN).queryParam("priority", "SOON").get("/api/v1/referrals/incoming").then().statusCode(400);
    }

    @Test
    void aNamedDoctorMustWorkInTheDepartmentReferredTo() {
        Signed signed = signed();
        Map<String, Object> body = new HashMap<>(referral(signed, "DERMATOLOGY", "ROUTINE", List.of("CONSULTATION")));
        body.put("toDoctorId", newDoctor("ENT"));
        refer(signed, body).statusCode(422).body("code", is("DOCTOR_NOT_IN_DEPARTMENT"));
        body.put("toDoctorId", newDoctor("DERMATOLOGY"));
        refer(signed, body).statusCode(201).body("toDoctor.id", is(body.get("toDoctorId")));
    }

    @Test
    void aReferralNeverBookedExpiresAndNoLongerOpensThePool() {
        Signed signed = signed();
        String slot = expertClinic("CARDIOLOGY", newDoctor("CARDIOLOGY"), inDays(2)).getString("slots[0].id");
        String id = refer(signed, referral(signed, "CARDIOLOGY", "URGENT", List.of("CONSULTATION"))).statusCode(201)
                .extract().path("id");
        MutableClock.get().advance(Duration.ofDays(3).plusMinutes(1));
        assertEquals(true, OnVertx.await(Arc.container().instance(Referrals.class).get()::expire) >= 1);
        Registered resident = Residents.signInAgain(signed.resident());
        resident.request().get("/api/v1/referrals/" + id).then().body("state", is("EXPIRED"));
        book(resident.request(), id, slot).statusCode(422).body("code", is("REFERRAL_NOT_VALID"));
    }

    private static ValidatableResponse lock(Registered resident, String slotId) {
        return resident.request().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("slotId", slotId, "patientId", resident.patientId())).post("/api/v1/bookings").then();
    }

    private static JsonPath statistics(LocalDate day, String institutionId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("institutionId", institutionId).get("/api/v1/referral-statistics").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long counts(JsonPath statistics, String institutionId, String figure) {
        Object value = statistics.get("institutions.find { it.institution.id == '" + institutionId + "' }." + figure);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private long count(String sql, String id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
