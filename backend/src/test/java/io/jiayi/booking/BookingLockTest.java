package io.jiayi.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.service.HoldExpiry;
import io.jiayi.common.error.Messages;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Parallel;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestIdNumbers;
import io.jiayi.support.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Lock-then-confirm booking through the Redis gate, with PostgreSQL deciding. */
@QuarkusTest
class BookingLockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse lock(Registered resident, String slotId, String patientId) {
        return BookingFixtures.lock(resident, slotId, patientId);
    }

    private static Map<String, String> clinic(LocalDate date, int capacity) {
        return BookingFixtures.clinic(date, capacity);
    }

    private static ValidatableResponse lock(Registered resident, String slotId, String patientId, String key) {
        var request = resident.request().contentType("application/json");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(Map.of("slotId", slotId, "patientId", patientId)).post("/api/v1/bookings").then();
    }

    /** One lock of the slot and nine refused retries: the patient's bucket of 10 is spent. */
    private static void spendPatientBucket(Registered resident, String slotId) {
        lock(resident, slotId, resident.patientId()).statusCode(201);
        for (int i = 0; i < 9; i++) {
            lock(resident, slotId, resident.patientId()).statusCode(409);
        }
    }

    /** A child the resident manages (guardian's declaration), as a patient id. */
    private static String child(Registered manager, String name, int age) {
        return manager.request().contentType("application/json")
                .body(Map.of("relationship", "CHILD", "name", name, "idNumber",
                        TestIdNumbers.child(LocalDate.now(MutableClock.get()), age), "guardianDeclaration", true))
                .post("/api/v1/me/members").then().statusCode(201).extract().path("patientId");
    }

    private static int remaining(String scheduleId, int position) {
        return given().get("/api/v1/schedules/" + scheduleId).then().statusCode(200)
                .extract().path("slots[" + (position - 1) + "].publicRemaining");
    }

    private static LocalDate inDays(int days) {
        return BookingFixtures.inDays(days);
    }

    @Test
    void aResidentLocksConfirmsAndCancelsAndTheUnitGoesBack() {
        Map<String, String> clinic = clinic(inDays(2), 2);
        Registered resident = Residents.registered();
        var booking = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201)
                .body("status", is("HELD"))
                .body("bookingNo", matchesPattern("BK-\\d{8}-[0-9A-Z]{10}"))
                .body("sequenceNo", is(1))
                .body("checkInCode", matchesPattern("\\d{6}"))
                .body("patient.patientId", is(resident.patientId()))
                .body("patient.idNumber", is(resident.idNumber().substring(0, 6) + "********" + resident.idNumber().substring(14)))
                .body("patient.name", is("测***"))
                .body("location", is("门诊楼 2 楼 5 诊室"))
                .body("feeFen", is(2500))
                .body("heldUntil", notNullValue())
                .extract().jsonPath();
        assertEquals(1, remaining(clinic.get("schedule"), 1));
        String id = booking.getString("id");
        resident.request().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200).body("status", is("CONFIRMED"));
        resident.request().get("/api/v1/me/bookings").then().statusCode(200)
                .body("items[0].id", is(id)).body("items[0].status", is("CONFIRMED"));
        resident.request().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200).body("status", is("CANCELLED"));
        assertEquals(2, remaining(clinic.get("schedule"), 1));
        // The unit is bookable again, through the gate too.
        Registered next = Residents.registered();
        lock(next, clinic.get("slot1"), next.patientId()).statusCode(201);
        Registered last = Residents.registered();
        lock(last, clinic.get("slot1"), last.patientId()).statusCode(201);
        assertEquals(0, remaining(clinic.get("schedule"), 1));
    }

    @Test
    void aSoldOutSlotAndASecondLockOfOneSlotAreRefused() {
        Map<String, String> clinic = clinic(inDays(2), 2);
        Registered first = Residents.registered();
        Registered second = Residents.registered();
        lock(first, clinic.get("slot1"), first.patientId()).statusCode(201);
        lock(first, clinic.get("slot1"), first.patientId()).statusCode(409).body("code", is("ALREADY_BOOKED_SLOT"));
        lock(second, clinic.get("slot1"), second.patientId()).statusCode(201).body("sequenceNo", is(2));
        second.request().get("/api/v1/bookings/availability/" + clinic.get("slot1")).then().statusCode(200)
                .body("publicRemaining", is(0)).body("live", is(true));
        Registered third = Residents.registered();
        lock(third, clinic.get("slot1"), third.patientId()).statusCode(409).contentType("application/problem+json")
                .body("code", is("SLOT_SOLD_OUT"));
        given().queryParam("doctorId", clinic.get("doctor")).queryParam("from", inDays(2).toString())
                .queryParam("to", inDays(2).toString()).get("/api/v1/slots").then()
                .body("items[0].publicRemaining", is(0)).body("items[0].bookable", is(false));
    }

    /** The commonest answer at a release is the catalogue's problem, in the caller's language, with its trace id. */
    @Test
    void aSoldOutSlotIsAnsweredWithTheCataloguesProblemInTheCallersLanguage() {
        Map<String, String> clinic = BookingFixtures.soldOutClinic(inDays(2));
        Registered late = Residents.registered();
        for (Locale language : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            late.request().contentType("application/json").header("Accept-Language", language.toLanguageTag())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("slotId", clinic.get("slot1"), "patientId", late.patientId())).post("/api/v1/bookings")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", is(ProblemCode.SLOT_SOLD_OUT.type().toString()))
                    .body("status", is(409)).body("code", is("SLOT_SOLD_OUT"))
                    .body("title", is(Messages.title(ProblemCode.SLOT_SOLD_OUT, language)))
                    .body("detail", is(Messages.detail(ProblemCode.SLOT_SOLD_OUT, language)))
                    .body("traceId", matchesPattern("[0-9a-f]{32}"));
        }
    }

    @Test
    void onePatientBooksOneDoctorOnceADay() {
        Map<String, String> clinic = clinic(inDays(3), 2);
        Registered resident = Residents.registered();
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201);
        lock(resident, clinic.get("slot2"), resident.patientId()).statusCode(422)
                .body("code", is("BOOKING_LIMIT_PER_DOCTOR_DAY"));
    }

    @Test
    void threeLiveBookingsPerDepartmentAtMost() {
        Registered resident = Residents.registered();
        List<String> held = new ArrayList<>();
        for (int day = 2; day <= 4; day++) {
            held.add(lock(resident, clinic(inDays(day), 1).get("slot1"), resident.patientId()).statusCode(201)
                    .extract().path("id"));
        }
        Map<String, String> fourth = clinic(inDays(5), 1);
        String key = UUID.randomUUID().toString();
        // The gate gives the unit; the database, which counts the department, refuses the hold.
        lock(resident, fourth.get("slot1"), resident.patientId(), key).statusCode(422)
                .body("code", is("BOOKING_LIMIT_PER_DEPARTMENT"));
        assertEquals(1, remaining(fourth.get("schedule"), 1));
        resident.request().post("/api/v1/bookings/" + held.get(0) + "/cancel").then().statusCode(200);
        // The refusal freed its key: the same request runs again, and wins.
        lock(resident, fourth.get("slot1"), resident.patientId(), key).statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theReferralPoolStaysClosedToOrdinaryLocks() {
        // 同仁医院 keeps 20% of expert units for referrals: find a slot whose only unit is a referral one.
        String department = Directory.departmentId("HOSP-TONGREN", "CARDIOLOGY");
        String tongren = Directory.institutionId("HOSP-TONGREN");
        String doctor = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "DR-RF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "institutionId", tongren, "departmentId", department, "name", "专家", "gender", "MALE",
                        "title", "CHIEF_PHYSICIAN"))
                .post("/api/v1/doctors").then().statusCode(201).extract().path("id");
        var schedule = given().auth().oauth2(TestTokens.staffOf(tongren)).contentType("application/json")
                .body(Map.ofEntries(Map.entry("doctorId", doctor), Map.entry("departmentId", department),
                        Map.entry("date", inDays(2).toString()), Map.entry("session", "AFTERNOON"),
                        Map.entry("clinicType", "EXPERT"), Map.entry("slotMinutes", 15), Map.entry("capacityPerSlot", 1),
                        Map.entry("feeFen", 5000), Map.entry("location", "专家门诊")))
                .post("/api/v1/schedules").then().statusCode(201).extract().jsonPath();
        String referralOnly = schedule.getString("slots.find { it.referralCapacity == 1 }.id");
        Registered resident = Residents.registered();
        lock(resident, referralOnly, resident.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
    }

    @Test
    void aManagerBooksForAMemberButNobodyBooksForStrangers() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered manager = Residents.registered();
        String child = child(manager, "小明", 6);
        lock(manager, clinic.get("slot1"), child).statusCode(201).body("patient.patientId", is(child));
        Registered stranger = Residents.registered();
        lock(stranger, clinic.get("slot1"), child).statusCode(404);
        stranger.request().post("/api/v1/bookings/" + UUID.randomUUID() + "/confirm").then().statusCode(404);
    }

    @Test
    void aTokenNamingTheResidentsOwnPatientLocksForThemAndForNobodyElse() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        Registered stranger = Residents.registered();
        MutableClock.get().advance(java.time.Duration.ofSeconds(61)); // past the SMS resend interval
        // Signed in after registration: the token names the resident's own patient.
        Registered named = Residents.signInAgain(resident);
        lock(named, clinic.get("slot1"), named.patientId()).statusCode(201).body("patient.patientId", is(named.patientId()));
        lock(named, clinic.get("slot2"), stranger.patientId()).statusCode(404);
    }

    @Test
    void aLockBeforeTheReleaseIsNotYetOpenWithTheOpeningTime() {
        LocalDate date = inDays(20);
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(422)
                .body("code", is("NOT_YET_OPEN"))
                .body("opensAt", is(date.minusDays(7).atTime(8, 0).atZone(SHANGHAI).toInstant().toString()))
                .body("serverTime", notNullValue());
    }

    @Test
    void aLockFromRememberedFactsIsJudgedAtTheMomentItArrives() {
        LocalDate date = inDays(8); // released tomorrow at 08:00
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        MutableClock.get().advance(Duration.ofSeconds(61)); // past the SMS resend interval
        Registered named = Residents.signInAgain(resident); // a token naming the own patient: no lookup
        String opensAt = date.minusDays(7).atTime(8, 0).atZone(SHANGHAI).toInstant().toString();
        // The first try looks the slot and the rules up; the second finds both remembered.
        for (int i = 0; i < 2; i++) {
            lock(named, clinic.get("slot1"), named.patientId()).statusCode(422)
                    .body("code", is("NOT_YET_OPEN")).body("opensAt", is(opensAt));
        }
        MutableClock.get().advanceToTomorrowAt(java.time.LocalTime.of(8, 0));
        Registered later = Residents.signInAgain(named);
        lock(later, clinic.get("slot1"), later.patientId()).statusCode(201);
    }

    @Test
    void anUnconfirmedHoldLapsesAndItsUnitReturnsOnce() {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered resident = Residents.registered();
        String id = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201).extract().path("id");
        Registered late = Residents.registered();
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(409);

        MutableClock.get().advance(Duration.ofMinutes(10).plusSeconds(1));
        resident.request().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(409)
                .body("code", is("HOLD_EXPIRED"));
        HoldExpiry expiry = Arc.container().instance(HoldExpiry.class).get();
        // The scheduled run may have lapsed it already; either way the unit is back exactly once.
        OnVertx.await(expiry::run);
        OnVertx.await(expiry::run);
        assertEquals(1, remaining(clinic.get("schedule"), 1));
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(201);
        assertEquals(0, remaining(clinic.get("schedule"), 1));
        resident.request().get("/api/v1/me/bookings").then().body("items[0].status", is("EXPIRED"));
    }

    @Test
    void aBookingCancelledManyTimesAtOnceGivesItsUnitBackOnce() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered resident = Residents.registered();
        String id = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201).extract().path("id");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        Map<Integer, Integer> answers = new java.util.HashMap<>();
        try {
            var cancels = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                cancels.add(pool.submit(() -> resident.request().post("/api/v1/bookings/" + id + "/cancel").then()
                        .extract().statusCode()));
            }
            for (var cancel : cancels) {
                answers.merge(cancel.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(200, 1, 409, 7), answers);
        assertEquals(1, remaining(clinic.get("schedule"), 1));
        // One unit, so one new hold and no more.
        Registered next = Residents.registered();
        lock(next, clinic.get("slot1"), next.patientId()).statusCode(201);
        Registered late = Residents.registered();
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
    }

    @Test
    void cancellationClosesAtTheDeadline() {
        LocalDate date = inDays(2);
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        String id = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201).extract().path("id");
        resident.request().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.atTime(6, 1).atZone(SHANGHAI).toInstant()));
        Registered again = Residents.signInAgain(resident);
        again.request().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(422)
                .body("code", is("CANCELLATION_CLOSED"));
    }

    @Test
    void whereTheInstitutionSaysSoCancellationClosesAtSixTheEveningBefore() {
        String station = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("""
                {"code": "STN-CANCEL-%s", "name": "取消规则社区卫生服务站", "shortName": "取消站", "type": "SERVICE_STATION",
                 "level": "PRIMARY", "parentId": "%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Directory.institutionId("CHC-CHENGJIAQIAO"))).post("/api/v1/institutions").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.staffOf(station)).contentType("application/json")
                .body(Map.of("horizonDays", 7, "releaseTime", "08:00", "bookingCutoffMinutes", 30,
                        "cancelByPreviousDayAt", "18:00"))
                .put("/api/v1/institutions/" + station + "/booking-rules").then().statusCode(200);
        String department = given().auth().oauth2(TestTokens.staffOf(station)).contentType("application/json")
                .body("""
                        {"institutionId": "%s", "code": "GP-%s", "name": "全科", "category": "OTHER"}"""
                        .formatted(station, UUID.randomUUID().toString().substring(0, 8).toUpperCase()))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
        LocalDate date = inDays(2);
        Map<String, String> clinic = BookingFixtures.clinicAt(station, department, date, 2, "GENERAL");
        Registered early = Residents.registered();
        Registered late = Residents.registered();
        String kept = lock(early, clinic.get("slot1"), early.patientId()).statusCode(201).extract().path("id");
        String cancelled = lock(late, clinic.get("slot2"), late.patientId()).statusCode(201).extract().path("id");
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.minusDays(1).atTime(17, 59).atZone(SHANGHAI).toInstant()));
        Residents.signInAgain(late).request().post("/api/v1/bookings/" + cancelled + "/cancel").then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        Residents.signInAgain(early).request().post("/api/v1/bookings/" + kept + "/cancel").then().statusCode(422)
                .body("code", is("CANCELLATION_CLOSED"));
    }

    @Test
    void hundredsOfParallelLocksOnFewUnitsNeverOversell() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 5);
        List<Registered> residents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            residents.add(Residents.registered());
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Registered resident : residents) {
                calls.add(() -> lock(resident, clinic.get("slot1"), resident.patientId()).extract().statusCode());
            }
        }
        List<Integer> statuses = Parallel.run(16, calls);
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(200, statuses.size());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*), count(DISTINCT sequence_no), count(DISTINCT person_id),
                               (SELECT public_taken FROM slot WHERE id = ?)
                        FROM booking WHERE slot_id = ? AND status = 'HELD'""")) {
            query.setObject(1, UUID.fromString(clinic.get("slot1")));
            query.setObject(2, UUID.fromString(clinic.get("slot1")));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(5, row.getInt(1), "holds");
                assertEquals(5, row.getInt(2), "distinct sequence numbers");
                assertEquals(5, row.getInt(3), "distinct patients");
                assertEquals(5, row.getInt(4), "the slot's counter");
            }
        }
    }

    /**
     * The winners of one schedule are written in one statement (booking_hold_batch): each item is
     * decided as a hold alone would be, seeing the items before it, and a refused item writes nothing
     * while the others' holds stand.
     */
    @Test
    void holdsWrittenTogetherAreDecidedOneByOneAndARefusedOneLeavesTheOthersHeld() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered first = Residents.registered();
        Registered second = Residents.registered();
        UUID slot1 = UUID.fromString(clinic.get("slot1"));
        UUID slot2 = UUID.fromString(clinic.get("slot2"));
        UUID firstPatient = UUID.fromString(first.patientId());
        UUID secondPatient = UUID.fromString(second.patientId());
        try (Connection connection = dataSource.getConnection()) {
            // The first takes slot 1's only unit; the second finds it gone; the first, again in slot 2,
            // is over the one-booking-per-doctor-a-day limit through the hold just before.
            UUID[] bookings = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
            UUID[] slots = { slot1, slot1, slot2 };
            UUID[] patients = { firstPatient, secondPatient, firstPatient };
            UUID firstAccount = BookingFixtures.accountOf(dataSource, firstPatient);
            UUID[] accounts = { firstAccount, BookingFixtures.accountOf(dataSource, secondPatient), firstAccount };
            List<String> outcomes = new ArrayList<>();
            try (PreparedStatement batch = connection.prepareStatement("""
                    SELECT outcome, item, sequence_no FROM booking_hold_batch(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, 1, 3, 10) ORDER BY item""")) {
                batch.setArray(1, connection.createArrayOf("uuid", bookings));
                batch.setArray(2, connection.createArrayOf("varchar", new String[] { "BK-T-1", "BK-T-2", "BK-T-3" }));
                batch.setArray(3, connection.createArrayOf("uuid", slots));
                batch.setArray(4, connection.createArrayOf("uuid", patients));
                batch.setArray(5, connection.createArrayOf("uuid", accounts));
                batch.setArray(6, connection.createArrayOf("varchar", new String[] { "PUBLIC", "PUBLIC", "PUBLIC" }));
                batch.setArray(7, connection.createArrayOf("integer", new Integer[] { 901, 902, 903 }));
                batch.setArray(8, connection.createArrayOf("bigint", new Long[] { 1L, 2L, 3L }));
                java.sql.Timestamp heldUntil = java.sql.Timestamp.from(MutableClock.get().instant().plusSeconds(600));
                batch.setArray(9, connection.createArrayOf("timestamptz", new Object[] { heldUntil, heldUntil, heldUntil }));
                batch.setArray(10, connection.createArrayOf("varchar", new String[] { "000001", "000002", "000003" }));
                batch.setArray(11, connection.createArrayOf("varchar", new String[] { "AT_CLINIC", "AT_CLINIC", "AT_CLINIC" }));
                java.sql.Timestamp now = java.sql.Timestamp.from(MutableClock.get().instant());
                batch.setArray(12, connection.createArrayOf("timestamptz", new Object[] { now, now, now }));
                batch.setArray(13, connection.createArrayOf("uuid", new UUID[3]));
                batch.setArray(14, connection.createArrayOf("varchar", new String[3]));
                batch.setArray(15, connection.createArrayOf("uuid", new UUID[3]));
                batch.setArray(16, connection.createArrayOf("boolean", new Boolean[] { true, true, true }));
                batch.setArray(17, connection.createArrayOf("timestamptz", new Object[3]));
                try (ResultSet rows = batch.executeQuery()) {
                    while (rows.next()) {
                        outcomes.add(rows.getInt("item") + ":" + rows.getString("outcome"));
                    }
                }
            }
            assertEquals(List.of("1:HELD", "2:SOLD_OUT", "3:LIMIT"), outcomes);
            try (PreparedStatement written = connection.prepareStatement("""
                    SELECT (SELECT string_agg(booking_no || '/' || sequence_no, ',') FROM booking WHERE schedule_id = ?),
                           (SELECT public_taken FROM slot WHERE id = ?), (SELECT public_taken FROM slot WHERE id = ?)""")) {
                written.setObject(1, UUID.fromString(clinic.get("schedule")));
                written.setObject(2, slot1);
                written.setObject(3, slot2);
                try (ResultSet row = written.executeQuery()) {
                    row.next();
                    assertEquals("BK-T-1/901", row.getString(1), "only the held item is written");
                    assertEquals(1, row.getInt(2), "slot 1's counter");
                    assertEquals(0, row.getInt(3), "slot 2's counter");
                }
            }
        }
    }

    @Test
    void aRedisThatLosesItsCountersAnswersTryAgainThenCountsFromTheDatabase() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered first = Residents.registered();
        int firstSequence = lock(first, clinic.get("slot1"), first.patientId()).statusCode(201).extract().path("sequenceNo");

        Arc.container().instance(RedisDataSource.class).get().flushall();

        Registered second = Residents.registered();
        lock(second, clinic.get("slot1"), second.patientId()).statusCode(503)
                .body("code", is("SERVICE_UNAVAILABLE")).header("Retry-After", "1");
        int secondSequence = lock(second, clinic.get("slot1"), second.patientId()).statusCode(201)
                .extract().path("sequenceNo");
        org.junit.jupiter.api.Assertions.assertTrue(secondSequence > firstSequence, "sequence numbers go on");
        Registered third = Residents.registered();
        lock(third, clinic.get("slot1"), third.patientId()).statusCode(201);
        Registered fourth = Residents.registered();
        lock(fourth, clinic.get("slot1"), fourth.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
        Set<Integer> sequences = new HashSet<>(given().get("/api/v1/schedules/" + clinic.get("schedule")).then()
                .extract().jsonPath().getList("slots.publicRemaining", Integer.class));
        assertEquals(Set.of(0, 3), sequences);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndNothingMore() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        String key = UUID.randomUUID().toString();
        String first = lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201)
                .header("RateLimit-Limit", "10").extract().path("id");
        lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/me/bookings/" + first))
                .body("id", is(first));
        assertEquals(2, remaining(clinic.get("schedule"), 1), "one unit taken, not two");
        lock(resident, clinic.get("slot2"), resident.patientId(), key).statusCode(422)
                .body("code", is("IDEMPOTENCY_KEY_REUSED"));
        lock(resident, clinic.get("slot1"), resident.patientId(), null).statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
        // A failed request frees its key: the retry runs again.
        String failing = UUID.randomUUID().toString();
        Registered other = Residents.registered();
        lock(other, clinic.get("slot1"), resident.patientId(), failing).statusCode(404);
        lock(other, clinic.get("slot1"), other.patientId(), failing).statusCode(201);
    }

    @Test
    void aLocksKeyIsKeptADayAndEveryKeyOfAScheduleSharesItsHashTag() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        String key = UUID.randomUUID().toString();
        lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201);
        String accountId = resident.request().get("/api/v1/me").then().extract().path("id");
        var redis = Arc.container().instance(RedisDataSource.class).get();
        long ttl = redis.key().ttl("idem:{lock:" + accountId + "}:" + key);
        org.junit.jupiter.api.Assertions.assertTrue(ttl > 24 * 3600 - 600 && ttl <= 24 * 3600, "kept 24 hours: " + ttl);
        // On Redis Cluster a script may only touch keys of one hash slot: a schedule's keys share one tag.
        List<String> keys = redis.key().keys("*" + clinic.get("schedule") + "*");
        org.junit.jupiter.api.Assertions.assertFalse(keys.isEmpty());
        for (String found : keys) {
            org.junit.jupiter.api.Assertions.assertTrue(found.startsWith("bk:{s:" + clinic.get("schedule") + "}:"), found);
        }
    }

    @Test
    void aSecondRequestWithAKeyStillInFlightIsAConflict() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        String key = UUID.randomUUID().toString();
        String accountId = resident.request().get("/api/v1/me").then().extract().path("id");
        // The first request with this key is still running: its record says so.
        Arc.container().instance(RedisDataSource.class).get().hash(String.class).hset(
                "idem:{lock:" + accountId + "}:" + key, Map.of("hash", bodyHash(clinic.get("slot1"), resident.patientId()),
                        "state", "IN_FLIGHT"));
        lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(409)
                .body("code", is("IDEMPOTENCY_REQUEST_IN_FLIGHT"));
        // The gate gave a unit before the key was asked: it went back, and nothing was written.
        resident.request().get("/api/v1/bookings/availability/" + clinic.get("slot1")).then().statusCode(200)
                .body("publicRemaining", is(3));
        assertEquals(3, remaining(clinic.get("schedule"), 1), "the database counts the unit back");
        resident.request().get("/api/v1/me/bookings").then().statusCode(200).body("items.size()", is(0));
    }

    @Test
    void aLockForAMemberWithAKeyUsedForAnotherPatientIsRefusedAndLeavesNoHold() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered manager = Residents.registered();
        String child = child(manager, "小红", 7);
        String key = UUID.randomUUID().toString();
        String own = lock(manager, clinic.get("slot1"), manager.patientId(), key).statusCode(201).extract().path("id");
        // The child holds nothing, so the gate gives a unit; the key refuses the request, and the unit goes back.
        lock(manager, clinic.get("slot2"), child, key).statusCode(422).body("code", is("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(3, remaining(clinic.get("schedule"), 2), "nothing was written for the child");
        manager.request().get("/api/v1/bookings/availability/" + clinic.get("slot2")).then().statusCode(200)
                .body("publicRemaining", is(3));
        manager.request().get("/api/v1/me/bookings").then().statusCode(200).body("items.size()", is(1))
                .body("items[0].id", is(own));
        // With a key of its own, the child's lock wins the unit that came back.
        lock(manager, clinic.get("slot2"), child).statusCode(201).body("patient.patientId", is(child));
    }

    @Test
    void aTryRefusedBecauseThePatientHoldsAUnitLeavesItsKeyUnusedForItsRetry() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        String held = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        String accountId = resident.request().get("/api/v1/me").then().extract().path("id");
        lock(resident, clinic.get("slot2"), resident.patientId(), key).statusCode(422)
                .body("code", is("BOOKING_LIMIT_PER_DOCTOR_DAY"));
        org.junit.jupiter.api.Assertions.assertFalse(Arc.container().instance(RedisDataSource.class).get().key()
                .exists("idem:{lock:" + accountId + "}:" + key), "the refusal left no record of the key");
        resident.request().post("/api/v1/bookings/" + held + "/cancel").then().statusCode(200);
        // Nothing held now: the same key and body run, and win.
        lock(resident, clinic.get("slot2"), resident.patientId(), key).statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aTryRefusedBecauseThePatientHoldsAUnitStillMeetsItsKeyInFlightOrUsedForAnotherBody() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201);
        String accountId = resident.request().get("/api/v1/me").then().extract().path("id");
        String running = UUID.randomUUID().toString();
        Arc.container().instance(RedisDataSource.class).get().hash(String.class).hset(
                "idem:{lock:" + accountId + "}:" + running, Map.of("hash", bodyHash(clinic.get("slot2"), resident.patientId()),
                        "state", "IN_FLIGHT"));
        lock(resident, clinic.get("slot2"), resident.patientId(), running).statusCode(409)
                .body("code", is("IDEMPOTENCY_REQUEST_IN_FLIGHT"));
        lock(resident, clinic.get("slot1"), resident.patientId(), running).statusCode(422)
                .body("code", is("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(2, remaining(clinic.get("schedule"), 1), "the first lock's unit only");
        assertEquals(3, remaining(clinic.get("schedule"), 2));
    }

    @Test
    void aRetryOfALockWhoseBookingEndedReplaysItsAnswerAndKeepsNoUnit() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        String key = UUID.randomUUID().toString();
        String first = lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201).extract().path("id");
        resident.request().post("/api/v1/bookings/" + first + "/cancel").then().statusCode(200);
        // The patient holds nothing now, so the gate gives the retry a unit; the key answers it as before.
        lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is(first));
        resident.request().get("/api/v1/bookings/availability/" + clinic.get("slot1")).then().statusCode(200)
                .body("publicRemaining", is(3));
        assertEquals(3, remaining(clinic.get("schedule"), 1));
        resident.request().get("/api/v1/me/bookings").then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    void aPatientFloodingLockRequestsIsSlowedDown() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201);
        // Every further try counts against the patient's bucket of 10, refused or not.
        for (int i = 0; i < 9; i++) {
            lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(409)
                    .body("code", is("ALREADY_BOOKED_SLOT"));
        }
        String retryAfter = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(429)
                .body("code", is("RATE_LIMITED")).header("RateLimit-Remaining", "0")
                .extract().header("Retry-After");
        org.junit.jupiter.api.Assertions.assertTrue(Integer.parseInt(retryAfter) >= 1);
        MutableClock.get().advance(Duration.ofSeconds(10));
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(409)
                .body("code", is("ALREADY_BOOKED_SLOT"));
    }

    @Test
    void anAccountBookingForItsFamilyHasABucketOfItsOwnAcrossItsPatients() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered manager = Residents.registered();
        String first = child(manager, "小刚", 5);
        String second = child(manager, "小丽", 4);
        // Ten tries for the manager and ten for one child spend the account's bucket of 20, not theirs.
        for (String patient : List.of(manager.patientId(), first)) {
            lock(manager, clinic.get("slot1"), patient).statusCode(201);
            for (int i = 0; i < 9; i++) {
                lock(manager, clinic.get("slot1"), patient).statusCode(409);
            }
        }
        lock(manager, clinic.get("slot2"), second).statusCode(429).body("code", is("RATE_LIMITED"))
                .header("RateLimit-Remaining", "0");
        assertEquals(3, remaining(clinic.get("schedule"), 2), "the unit the gate gave went back");
    }

    @Test
    void aClientAddressWithItsBucketSpentIsRefusedWhoeverLocksFromIt() {
        Map<String, String> clinic = clinic(inDays(2), 3);
        String shared = Residents.newAddress();
        // The address's 200 spent by others behind it: its bucket at nought, its time a minute on (200
        // real requests take longer than its refill of 10 a second allows a test to count on).
        Arc.container().instance(RedisDataSource.class).get().hash(String.class).hset("rl:address:" + shared,
                Map.of("tokens", "0", "at", Long.toString(MutableClock.get().millis() + 60_000)));
        Registered resident = Residents.registered();
        String retryAfter = lockFrom(resident, shared, clinic.get("slot1")).statusCode(429)
                .body("code", is("RATE_LIMITED")).extract().header("Retry-After");
        org.junit.jupiter.api.Assertions.assertTrue(Integer.parseInt(retryAfter) >= 1);
        assertEquals(3, remaining(clinic.get("schedule"), 1), "the unit the gate gave went back");
        // The same resident from an address of their own is let through.
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201);
    }

    private static ValidatableResponse lockFrom(Registered resident, String address, String slotId) {
        return given().auth().oauth2(resident.resident().accessToken()).header("X-Forwarded-For", address)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("slotId", slotId, "patientId", resident.patientId())).post("/api/v1/bookings").then();
    }

    @Test
    void aLockRefusedByARateLimitGivesTheUnitItTookBack() {
        Map<String, String> first = clinic(inDays(2), 3);
        Map<String, String> second = clinic(inDays(2), 3);
        Registered resident = Residents.registered();
        spendPatientBucket(resident, first.get("slot1"));
        // The gate gives a unit of the other clinic before the limits are known; the limit refuses it.
        lock(resident, second.get("slot1"), resident.patientId()).statusCode(429).body("code", is("RATE_LIMITED"));
        resident.request().get("/api/v1/bookings/availability/" + second.get("slot1")).then().statusCode(200)
                .body("publicRemaining", is(3));
        // Nothing was written for it: the database counts 3 too.
        assertEquals(3, remaining(second.get("schedule"), 1));
        resident.request().get("/api/v1/me/bookings").then().statusCode(200).body("items.size()", is(1));
        Registered other = Residents.registered();
        lock(other, second.get("slot1"), other.patientId()).statusCode(201);
    }

    @Test
    void aSoldOutSlotIsAnsweredBeforeAnyRateLimit() {
        Map<String, String> clinic = BookingFixtures.soldOutClinic(inDays(2));
        Registered late = Residents.registered();
        for (int i = 0; i < 15; i++) {
            lock(late, clinic.get("slot1"), late.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
        }
    }

    @Test
    void aSoldOutSlotIsSoldOutEvenToAPatientOverTheirLimit() {
        Map<String, String> elsewhere = clinic(inDays(2), 3);
        Map<String, String> clinic = BookingFixtures.soldOutClinic(inDays(2));
        Registered late = Residents.registered();
        spendPatientBucket(late, elsewhere.get("slot1"));
        lock(late, elsewhere.get("slot1"), late.patientId()).statusCode(429);
        // The patient's bucket is empty, but the slot has nothing to give: that is the answer.
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
    }

    @Test
    void aLockRefusedAsSoldOutLeavesItsKeyFreeSoItsRetryWinsOnceTheUnitIsBack() {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered first = Residents.registered();
        String held = lock(first, clinic.get("slot1"), first.patientId()).statusCode(201).extract().path("id");
        Registered late = Residents.registered();
        String key = UUID.randomUUID().toString();
        lock(late, clinic.get("slot1"), late.patientId(), key).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
        first.request().post("/api/v1/bookings/" + held + "/cancel").then().statusCode(200);
        // The key runs again: the gate's "sold out" answered alone, claiming neither the key nor a token.
        lock(late, clinic.get("slot1"), late.patientId(), key).statusCode(201)
                .body("patient.patientId", is(late.patientId()))
                .header("RateLimit-Limit", "10").header("RateLimit-Remaining", "9");
    }

    @Test
    void aRetryOfALockThatSucceededGetsItsAnswerEvenOnceTheSlotSoldOut() {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered resident = Residents.registered();
        String key = UUID.randomUUID().toString();
        String first = lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201).extract().path("id");
        // The answer was lost on the way; the slot is sold out by now (the resident took its last unit).
        lock(resident, clinic.get("slot1"), resident.patientId(), key).statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is(first));
        Registered late = Residents.registered();
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
        // The key with another body is still refused, sold out or not.
        lock(resident, clinic.get("slot2"), resident.patientId(), key).statusCode(422)
                .body("code", is("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void theLockAnswersWithTheBookingAsTheBookingListShowsIt() {
        Map<String, String> clinic = clinic(inDays(2), 2);
        Registered resident = Residents.registered();
        Map<String, Object> locked = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201)
                .extract().jsonPath().getMap("$");
        Map<String, Object> listed = resident.request().get("/api/v1/me/bookings").then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertEquals(listed, locked);
    }

    @Test
    void aClinicMovedSinceItsFactsWereRememberedIsJudgedAtItsNewTime() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 3);
        Registered first = Residents.registered();
        String before = lock(first, clinic.get("slot1"), first.patientId()).statusCode(201).extract().path("startsAt");
        // Moved behind the service's back (another instance, say): the facts remembered here are old.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE slot SET starts_at = starts_at + interval '30 minutes' WHERE id = '"
                    + clinic.get("slot1") + "'");
        }
        Registered second = Residents.registered();
        String after = lock(second, clinic.get("slot1"), second.patientId()).statusCode(201).extract().path("startsAt");
        assertEquals(java.time.OffsetDateTime.parse(before).plusMinutes(30).toInstant(),
                java.time.OffsetDateTime.parse(after).toInstant());
        // Moved to a time already past the booking cut-off: refused, and the unit stays free.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE slot SET starts_at = '" + MutableClock.get().instant().minusSeconds(60)
                    + "' WHERE id = '" + clinic.get("slot1") + "'");
        }
        Registered third = Residents.registered();
        lock(third, clinic.get("slot1"), third.patientId()).statusCode(422).body("code", is("BOOKING_CLOSED"));
        first.request().get("/api/v1/bookings/availability/" + clinic.get("slot1")).then().statusCode(200)
                .body("publicRemaining", is(1));
    }

    private static String bodyHash(String slotId, String patientId) {
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    new io.jiayi.booking.rest.BookingModels.LockRequest(slotId, patientId));
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLockLackingItsSlotOrPatientIsRefusedFieldByFieldInTheCallersLanguage() {
        Registered resident = Residents.registered();
        Map<String, String> noSlot = new HashMap<>();
        noSlot.put("slotId", " ");
        noSlot.put("patientId", resident.patientId());

        lockWith(resident, "zh-CN", noSlot).statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED")).body("errors.field", contains("slotId"))
                .body("errors[0].message", is("不能为空"));
        lockWith(resident, "en", Map.of()).statusCode(400)
                .body("code", is("VALIDATION_FAILED")).body("errors.field", contains("patientId", "slotId"))
                .body("errors.message", contains("must not be blank", "must not be blank"));
        resident.request().contentType("application/json").header("Idempotency-Key", "lock-" + UUID.randomUUID())
                .post("/api/v1/bookings").then().statusCode(400).body("code", is("MISSING_BODY"));
    }

    private static ValidatableResponse lockWith(Registered resident, String language, Map<String, String> body) {
        return resident.request().contentType("application/json").header("Accept-Language", language)
                .header("Idempotency-Key", "lock-" + UUID.randomUUID()).body(body).post("/api/v1/bookings").then();
    }
}
