package io.jiayi.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import io.jiayi.booking.service.ReferralRelease;
import io.jiayi.support.BehindARowLock;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Staff publish schedules cut into slots with public and referral pools; residents search them. */
@QuarkusTest
class ScheduleAndSlotTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    private static String tongren() {
        return Directory.institutionId("HOSP-TONGREN");
    }

    /** A doctor of 同仁医院's cardiology of its own, so no other test's schedules overlap. */
    private static String[] newCardiologist() {
        String department = Directory.departmentId("HOSP-TONGREN", "CARDIOLOGY");
        String doctor = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "DR-SCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "institutionId", tongren(), "departmentId", department, "name", "排班医生", "gender", "MALE",
                        "title", "CHIEF_PHYSICIAN"))
                .post("/api/v1/doctors").then().statusCode(201).extract().path("id");
        return new String[] { doctor, department };
    }

    private static LocalDate today() {
        return LocalDate.now(MutableClock.get());
    }

    private static Map<String, Object> schedule(String[] doctor, LocalDate date, String session, String type) {
        return new HashMap<>(Map.of("doctorId", doctor[0], "departmentId", doctor[1], "date", date.toString(),
                "session", session, "clinicType", type, "slotMinutes", 15, "capacityPerSlot", 1, "feeFen", 5000,
                "location", "门诊楼 3 楼 12 诊室"));
    }

    private static ValidatableResponse publish(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.staffOf(tongren())).contentType("application/json").body(body)
                .post("/api/v1/schedules").then();
    }

    @Test
    void anExpertScheduleOfTheRegionalCentreReservesTwentyPercentForReferrals() {
        String[] doctor = newCardiologist();
        LocalDate date = today().plusDays(3);
        var schedule = publish(schedule(doctor, date, "MORNING", "EXPERT")).statusCode(201)
                .body("slots", hasSize(14))
                .body("startsAt", org.hamcrest.Matchers.startsWith(date + "T08:00:00+08:00"))
                .body("feeFen", is(5000))
                .body("opensAt", is(date.minusDays(7).atTime(8, 0).atZone(SHANGHAI).toInstant().toString()))
                .extract().jsonPath();
        List<Integer> referral = schedule.getList("slots.referralCapacity", Integer.class);
        List<Integer> publicUnits = schedule.getList("slots.publicCapacity", Integer.class);
        assertEquals(3, referral.stream().mapToInt(Integer::intValue).sum(), "round(20% of 14)");
        assertEquals(11, publicUnits.stream().mapToInt(Integer::intValue).sum());
        // Spread over the session, not bunched at its start.
        assertEquals(0, referral.get(0) + referral.get(1) + referral.get(2));
        given().get("/api/v1/schedules/" + schedule.getString("id")).then().statusCode(200).body("slots", hasSize(14));
    }

    @Test
    void administratorsSetAnInstitutionsReferralShare() {
        String guanghua = Directory.institutionId("HOSP-GUANGHUA");
        String path = "/api/v1/institutions/" + guanghua + "/referral-shares/SPECIALIST";
        given().get(path).then().statusCode(200).body("share", is(0.0f));
        given().auth().oauth2(TestTokens.staffOf(guanghua)).contentType("application/json").body(Map.of("share", 0.1))
                .put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("share", 1.5))
                .put(path).then().statusCode(400).body("errors[0].field", is("share"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("share", 0.5))
                .put(path).then().statusCode(200).body("share", is(0.5f));
        given().get(path).then().body("share", is(0.5f));
        given().get("/api/v1/institutions/" + guanghua + "/referral-shares/VIP").then().statusCode(400)
                .body("code", is("UNKNOWN_ENUM_VALUE"));
    }

    @Test
    void otherClinicTypesKeepNoReferralPool() {
        String[] doctor = newCardiologist();
        Map<String, Object> body = schedule(doctor, today().plusDays(4), "AFTERNOON", "GENERAL");
        body.put("capacityPerSlot", 3);
        publish(body).statusCode(201).body("slots.referralCapacity", everyItem(is(0)))
                .body("slots.publicCapacity", everyItem(is(3)));
    }

    @Test
    void aDoctorCannotBeInTwoSchedulesAtOnce() {
        String[] doctor = newCardiologist();
        LocalDate date = today().plusDays(5);
        publish(schedule(doctor, date, "MORNING", "EXPERT")).statusCode(201);
        Map<String, Object> overlapping = schedule(doctor, date, "MORNING", "GENERAL");
        overlapping.put("startTime", "10:00");
        overlapping.put("endTime", "12:00");
        publish(overlapping).statusCode(409).contentType("application/problem+json")
                .body("code", is("SCHEDULE_OVERLAP")).body("conflicts[0].date", is(date.toString()));
        publish(schedule(doctor, date, "AFTERNOON", "EXPERT")).statusCode(201);
    }

    @Test
    void aWeeklyTemplateFillsTheRangeAllOrNone() {
        String[] doctor = newCardiologist();
        LocalDate monday = today().plusDays(7).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        Map<String, Object> template = new HashMap<>(Map.of("doctorId", doctor[0], "departmentId", doctor[1],
                "from", monday.toString(), "to", monday.plusDays(13).toString(),
                "sessions", List.of(Map.of("dayOfWeek", "MONDAY", "session", "MORNING"),
                        Map.of("dayOfWeek", "THURSDAY", "session", "AFTERNOON", "startTime", "14:00", "endTime", "16:00")),
                "clinicType", "EXPERT", "slotMinutes", 20, "capacityPerSlot", 2, "feeFen", 5000, "location", "专家门诊 5 诊室"));
        given().auth().oauth2(TestTokens.staffOf(tongren())).contentType("application/json").body(template)
                .post("/api/v1/schedules/weekly").then().statusCode(201)
                .body("schedules", hasSize(4))
                .body("schedules.date", org.hamcrest.Matchers.contains(monday.toString(), monday.plusDays(3).toString(),
                        monday.plusDays(7).toString(), monday.plusDays(10).toString()))
                .body("schedules[1].slots", hasSize(6));
        // The same template again overlaps everywhere: nothing more is published.
        given().auth().oauth2(TestTokens.staffOf(tongren())).contentType("application/json").body(template)
                .post("/api/v1/schedules/weekly").then().statusCode(409).body("conflicts", hasSize(4));
        given().queryParam("doctorId", doctor[0]).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(13).toString()).queryParam("size", 100)
                .get("/api/v1/slots").then().body("total", is(10 + 6 + 10 + 6));
    }

    @Test
    void onlyStaffOfTheDoctorsInstitutionPublish() {
        String[] doctor = newCardiologist();
        Map<String, Object> body = schedule(doctor, today().plusDays(6), "EVENING", "GENERAL");
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("HOSP-GUANGHUA"))).contentType("application/json")
                .body(body).post("/api/v1/schedules").then().statusCode(403);
        Residents.signIn().request().contentType("application/json").body(body).post("/api/v1/schedules").then()
                .statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/schedules").then().statusCode(401);
        Map<String, Object> foreignDepartment = new HashMap<>(body);
        foreignDepartment.put("departmentId", Directory.departmentId("HOSP-GUANGHUA",
                given().queryParam("institutionId", Directory.institutionId("HOSP-GUANGHUA")).get("/api/v1/departments")
                        .then().extract().path("items[0].code")));
        publish(foreignDepartment).statusCode(422).body("code", is("DEPARTMENT_OF_OTHER_INSTITUTION"));
        Map<String, Object> past = schedule(doctor, today().minusDays(1), "MORNING", "GENERAL");
        publish(past).statusCode(400).body("errors[0].field", is("date"));
    }

    @Test
    void searchShowsExactPublicCountsAndWhenSlotsOpen() {
        String[] doctor = newCardiologist();
        LocalDate soon = today().plusDays(2);
        LocalDate later = today().plusDays(20);
        publish(schedule(doctor, soon, "MORNING", "EXPERT")).statusCode(201);
        publish(schedule(doctor, later, "MORNING", "EXPERT")).statusCode(201);
        given().queryParam("doctorId", doctor[0]).queryParam("from", soon.toString()).queryParam("to", soon.toString())
                .get("/api/v1/slots").then().statusCode(200)
                .body("total", is(14))
                .body("items.doctor.id", everyItem(is(doctor[0])))
                .body("items.institution.code", everyItem(is("HOSP-TONGREN")))
                .body("items[0].bookable", is(true));
        given().queryParam("doctorId", doctor[0]).queryParam("from", later.toString()).queryParam("to", later.toString())
                .queryParam("clinicType", "EXPERT").get("/api/v1/slots").then().statusCode(200)
                .body("items[0].bookable", is(false))
                .body("items[0].opensAt", is(later.minusDays(7).atTime(8, 0).atZone(SHANGHAI).toInstant().toString()));
        given().queryParam("from", "2026-13-01").get("/api/v1/slots").then().statusCode(400)
                .body("code", is("INVALID_PARAMETER"));
        given().queryParam("from", today().toString()).queryParam("to", today().plusDays(40).toString())
                .get("/api/v1/slots").then().statusCode(400).body("errors[0].field", is("to"));
    }

    @Test
    void unusedReferralUnitsJoinThePublicPoolADayBeforeTheClinic() {
        String[] doctor = newCardiologist();
        LocalDate date = today().plusDays(3);
        String id = publish(schedule(doctor, date, "MORNING", "EXPERT")).statusCode(201).extract().path("id");
        ReferralRelease release = Arc.container().instance(ReferralRelease.class).get();
        OnVertx.await(release::run);
        given().get("/api/v1/schedules/" + id).then().body("slots.referralReleased", everyItem(is(false)));

        // Each slot's units join the public pool 24 hours before that slot starts.
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.minusDays(1).atTime(8, 20).atZone(SHANGHAI).toInstant()));
        OnVertx.await(release::run);
        given().get("/api/v1/schedules/" + id).then()
                .body("slots.findAll { it.referralReleased }.position", org.hamcrest.Matchers.contains(1, 2))
                .body("slots.findAll { !it.referralReleased }", hasSize(12));
        clock.advance(Duration.between(clock.instant(), date.minusDays(1).atTime(11, 16).atZone(SHANGHAI).toInstant()));
        OnVertx.await(release::run);
        given().get("/api/v1/schedules/" + id).then()
                .body("slots.referralReleased", everyItem(is(true)))
                .body("slots.referralCapacity", everyItem(is(0)))
                .body("slots.publicCapacity", everyItem(is(1)));
    }

    @Test
    void anInstitutionsFirstRulesSavedTwiceAtOnceAreBothSavedOneAfterTheOther() throws Exception {
        String station = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("""
                {"code": "STN-RULES-%s", "name": "规则测试社区卫生服务站", "shortName": "规则站", "type": "SERVICE_STATION",
                 "level": "PRIMARY", "parentId": "%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Directory.institutionId("CHC-CHENGJIAQIAO"))).post("/api/v1/institutions").then().statusCode(201)
                .extract().path("id");
        String path = "/api/v1/institutions/" + station + "/booking-rules";
        List<Integer> answers = BehindARowLock.run(dataSource, "institution", station,
                () -> given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                        .body(Map.of("horizonDays", 10, "releaseTime", "07:30", "bookingCutoffMinutes", 60,
                                "cancelDeadlineMinutes", 120))
                        .put(path).then().extract().statusCode(),
                () -> given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                        .body(Map.of("horizonDays", 14, "releaseTime", "08:00", "bookingCutoffMinutes", 30,
                                "cancelDeadlineMinutes", 60))
                        .put(path).then().extract().statusCode());
        assertEquals(List.of(200, 200), answers);
        given().get(path).then().body("horizonDays", is(14)).body("custom", is(true));
    }

    @Test
    void bookingRulesHaveDistrictDefaultsAndInstitutionsSetTheirOwn() {
        String centre = Directory.institutionId("CHC-CHENGJIAQIAO");
        given().get("/api/v1/institutions/" + centre + "/booking-rules").then().statusCode(200)
                .body("horizonDays", is(7)).body("releaseTime", is("08:00:00")).body("custom", is(false));
        given().auth().oauth2(TestTokens.staffOf(centre)).contentType("application/json")
                .body(Map.of("horizonDays", 14, "releaseTime", "07:30", "bookingCutoffMinutes", 60,
                        "cancelDeadlineMinutes", 120, "cancelByPreviousDayAt", "18:00"))
                .put("/api/v1/institutions/" + centre + "/booking-rules").then().statusCode(400)
                .body("errors[0].field", is("cancelDeadlineMinutes"));
        given().auth().oauth2(TestTokens.staffOf(centre)).contentType("application/json")
                .body(Map.of("horizonDays", 14, "releaseTime", "07:30", "bookingCutoffMinutes", 60,
                        "cancelByPreviousDayAt", "18:00"))
                .put("/api/v1/institutions/" + centre + "/booking-rules").then().statusCode(200)
                .body("horizonDays", is(14)).body("custom", is(true));
        given().get("/api/v1/institutions/" + centre + "/booking-rules").then()
                .body("releaseTime", is("07:30:00")).body("cancelByPreviousDayAt", is("18:00:00"));
        given().auth().oauth2(TestTokens.staffOf(tongren())).contentType("application/json")
                .body(Map.of("horizonDays", 14, "releaseTime", "07:30", "bookingCutoffMinutes", 60,
                        "cancelDeadlineMinutes", 60))
                .put("/api/v1/institutions/" + centre + "/booking-rules").then().statusCode(403);
    }

}
