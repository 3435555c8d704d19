package io.jiayi.booking;

import static io.jiayi.booking.BookingFixtures.clinic;
import static io.jiayi.booking.BookingFixtures.inDays;
import static io.jiayi.booking.BookingFixtures.lock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.service.HoldExpiry;
import io.jiayi.booking.service.Waitlists;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Parallel;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Waitlists (候补): join a sold-out slot, get the returned unit automatically, lapse to the next, leave, close. */
@QuarkusTest
class WaitlistTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse join(Registered resident, String slotId) {
        return resident.request().contentType("application/json")
                .body(Map.of("slotId", slotId, "patientId", resident.patientId())).post("/api/v1/waitlist-entries").then();
    }

    private static String joined(Registered resident, String slotId) {
        return join(resident, slotId).statusCode(201).body("state", is("WAITING")).extract().path("id");
    }

    private static ValidatableResponse entry(Registered resident, String entryId) {
        return resident.request().get("/api/v1/me/waitlist-entries/" + entryId).then().log().ifValidationFails().statusCode(200);
    }

    private static String confirmed(Registered resident, String slotId) {
        String id = lock(resident, slotId, resident.patientId()).statusCode(201).extract().path("id");
        resident.request().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    private static Map<String, String> soldOutClinic(LocalDate date) {
        Map<String, String> clinic = clinic(date, 1);
        Registered holder = Residents.registered();
        Map<String, String> withHolder = new HashMap<>(clinic);
        withHolder.put("booking", confirmed(holder, clinic.get("slot1")));
        return withHolder;
    }

    @Test
    void onlyASoldOutSlotHasAWaitlistAndEachResidentSeesTheirPlaceAndMayLeave() {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered holder = Residents.registered();
        lock(holder, clinic.get("slot1"), holder.patientId()).statusCode(201);
        Registered first = Residents.registered();
        Registered second = Residents.registered();

        join(first, clinic.get("slot2")).statusCode(409).body("code", is("SLOT_NOT_SOLD_OUT"));
        String firstEntry = join(first, clinic.get("slot1")).statusCode(201).header("Location", notNullValue())
                .body("state", is("WAITING")).body("position", is(1)).body("patientId", is(first.patientId()))
                .extract().path("id");
        String secondEntry = join(second, clinic.get("slot1")).statusCode(201).body("position", is(2)).extract().path("id");
        join(first, clinic.get("slot1")).statusCode(409).body("code", is("ALREADY_WAITING"));
        // The holder has the slot already.
        join(holder, clinic.get("slot1")).statusCode(409).body("code", is("ALREADY_BOOKED_SLOT"));
        second.request().get("/api/v1/me/waitlist-entries").then().statusCode(200).body("total", is(1))
                .body("items[0].id", is(secondEntry)).body("items[0].position", is(2));

        // Nobody else sees or leaves somebody's wait.
        second.request().get("/api/v1/me/waitlist-entries/" + firstEntry).then().statusCode(404);
        second.request().post("/api/v1/waitlist-entries/" + firstEntry + "/leave").then().statusCode(404);

        first.request().post("/api/v1/waitlist-entries/" + firstEntry + "/leave").then().statusCode(200)
                .body("state", is("LEFT")).body("position", nullValue()).body("endReason", is("LEFT_BY_RESIDENT"));
        entry(second, secondEntry).body("position", is(1));
        first.request().post("/api/v1/waitlist-entries/" + firstEntry + "/leave").then().statusCode(409)
                .body("code", is("WAITLIST_ENTRY_NOT_WAITING"));
        // Leaving frees the doctor's day for another wait; a hold in the same session ends it.
        String again = joined(first, clinic.get("slot1"));
        lock(first, clinic.get("slot2"), first.patientId()).statusCode(201);
        entry(first, again).body("state", is("CLOSED")).body("endReason", is("BOOKED_IN_SCHEDULE"));
        entry(second, secondEntry).body("position", is(1));
    }

    @Test
    void aCancelledUnitBecomesAHoldForTheFirstInLineWhoIsToldAndNoNewLockGetsIt() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered holder = Residents.registered();
        String booking = confirmed(holder, clinic.get("slot1"));
        Registered first = Residents.registered();
        Registered second = Residents.registered();
        String firstEntry = joined(first, clinic.get("slot1"));
        String secondEntry = joined(second, clinic.get("slot1"));

        holder.request().post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200);

        String offered = entry(first, firstEntry).body("state", is("OFFERED")).body("bookingId", notNullValue())
                .extract().path("bookingId");
        first.request().get("/api/v1/me/bookings").then().body("items[0].id", is(offered))
                .body("items[0].status", is("HELD"));
        entry(second, secondEntry).body("state", is("WAITING")).body("position", is(1));
        Registered latecomer = Residents.registered();
        lock(latecomer, clinic.get("slot1"), latecomer.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
        assertEquals(1, count("SELECT count(*) FROM notification WHERE booking_id = ? AND kind = 'WAITLIST_HOLD'",
                UUID.fromString(offered)));

        first.request().post("/api/v1/bookings/" + offered + "/confirm").then().statusCode(200);
        entry(first, firstEntry).body("state", is("BOOKED"));
    }

    @Test
    void aLapsedWaitlistHoldPassesToTheNextInLine() {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered holder = Residents.registered();
        lock(holder, clinic.get("slot1"), holder.patientId()).statusCode(201);
        Registered first = Residents.registered();
        Registered second = Residents.registered();
        String firstEntry = joined(first, clinic.get("slot1"));
        String secondEntry = joined(second, clinic.get("slot1"));
        HoldExpiry expiry = Arc.container().instance(HoldExpiry.class).get();

        MutableClock.get().advance(Duration.ofMinutes(10).plusSeconds(1));
        OnVertx.await(expiry::run);
        first = Residents.signInAgain(first);
        second = Residents.signInAgain(second);
        entry(first, firstEntry).body("state", is("OFFERED"));

        MutableClock.get().advance(Duration.ofMinutes(10).plusSeconds(1));
        OnVertx.await(expiry::run);
        first = Residents.signInAgain(first);
        second = Residents.signInAgain(second);
        entry(first, firstEntry).body("state", is("LAPSED"));
        String secondHold = entry(second, secondEntry).body("state", is("OFFERED")).extract().path("bookingId");
        second.request().post("/api/v1/bookings/" + secondHold + "/confirm").then().statusCode(200);
    }

    @Test
    void referralUnitsReleasedBeforeTheClinicGoToTheFirstInLine() {
        LocalDate date = inDays(1);
        MutableClock clock = MutableClock.get();
        // Within 24 hours of the clinic, when unused referral units join the public pool.
        java.time.Instant near = date.atTime(9, 30).minusHours(23).atZone(SHANGHAI).toInstant();
        if (clock.instant().isBefore(near)) {
            clock.advance(Duration.between(clock.instant(), near));
        }
        Map<String, String> clinic = clinic(date, 5, "EXPERT"); // 4 public units and 1 for referrals per slot
        for (int i = 0; i < 4; i++) {
            Registered someone = Residents.registered();
            lock(someone, clinic.get("slot1"), someone.patientId()).statusCode(201);
        }
        Registered waiting = Residents.registered();
        String entry = joined(waiting, clinic.get("slot1"));

        OnVertx.await(Arc.container().instance(io.jiayi.booking.service.ReferralRelease.class).get()::run);

        String hold = entry(waiting, entry).body("state", is("OFFERED")).extract().path("bookingId");
        waiting.request().get("/api/v1/me/bookings").then().body("items[0].id", is(hold))
                .body("items[0].status", is("HELD")).body("items[0].pool", is("PUBLIC"));
        Registered late = Residents.registered();
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
    }

    @Test
    void aResidentWaitsForAtMostThreeSlotsAtATime() {
        Registered resident = Residents.registered();
        for (int i = 0; i < 3; i++) {
            joined(resident, soldOutClinic(inDays(3)).get("slot1"));
        }
        join(resident, soldOutClinic(inDays(3)).get("slot1")).statusCode(422).body("code", is("WAITLIST_LIMIT_REACHED"))
                .body("detail", notNullValue());
    }

    @Test
    void aStoppedClinicEndsItsWaitsAndTellsEachResident() throws Exception {
        Map<String, String> clinic = soldOutClinic(inDays(2));
        Registered waiting = Residents.registered();
        String entry = joined(waiting, clinic.get("slot1"));
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("HOSP-TONGREN"))).contentType("application/json")
                .body(Map.of("reason", "医生临时出诊任务")).post("/api/v1/schedules/" + clinic.get("schedule") + "/stop")
                .then().statusCode(200);
        entry(waiting, entry).body("state", is("CLOSED")).body("endReason", is("CLINIC_STOPPED"));
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN resident_account a ON a.id = n.account_id"
                + " WHERE a.person_id = ? AND n.kind = 'WAITLIST_CLOSED'", UUID.fromString(waiting.patientId())));
    }

    @Test
    void aPausedClinicHandsNothingOutUntilItResumes() {
        Map<String, String> clinic = clinic(inDays(2), 1);
        Registered holder = Residents.registered();
        String booking = confirmed(holder, clinic.get("slot1"));
        Registered waiting = Residents.registered();
        String entry = joined(waiting, clinic.get("slot1"));
        var staff = given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("HOSP-TONGREN")))
                .contentType("application/json");
        staff.body(Map.of("reason", "设备检修")).post("/api/v1/schedules/" + clinic.get("schedule") + "/pause").then()
                .statusCode(200);
        holder.request().post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200);
        entry(waiting, entry).body("state", is("WAITING"));
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("HOSP-TONGREN"))).contentType("application/json")
                .post("/api/v1/schedules/" + clinic.get("schedule") + "/resume").then().statusCode(200);
        entry(waiting, entry).body("state", is("OFFERED"));
    }

    @Test
    void waitsCloseWhenBookingForTheirSlotCloses() {
        LocalDate date = inDays(1);
        Map<String, String> clinic = soldOutClinic(date);
        Registered waiting = Residents.registered();
        String entry = joined(waiting, clinic.get("slot1"));
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.atTime(8, 1).atZone(SHANGHAI).toInstant()));
        OnVertx.await(Arc.container().instance(Waitlists.class).get()::closeDue);
        Registered again = Residents.signInAgain(waiting);
        entry(again, entry).body("state", is("CLOSED")).body("endReason", is("BOOKING_CLOSED"));
    }

    /**
     * Fifteen units come back by cancellation while ten people wait and twenty others try to lock:
     * the ten waiting get one unit each, the lockers at most the five left, and no unit is handed
     * out twice (the database's counters, constraints and sequence numbers agree).
     */
    @Test
    void cancellationsAndLocksRacingTheWaitlistNeverHandOutAUnitTwice() throws Exception {
        int units = 15;
        Map<String, String> clinic = clinic(inDays(4), units);
        String slot = clinic.get("slot1");
        List<Registered> holders = new ArrayList<>();
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            Registered holder = Residents.registered();
            holders.add(holder);
            bookings.add(confirmed(holder, slot));
        }
        List<Registered> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Registered resident = Residents.registered();
            joined(resident, slot);
            waiting.add(resident);
        }
        List<Registered> lockers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lockers.add(Residents.registered());
        }

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            Registered holder = holders.get(i);
            String booking = bookings.get(i);
            calls.add(() -> holder.request().post("/api/v1/bookings/" + booking + "/cancel").then().extract().statusCode());
        }
        for (Registered locker : lockers) {
            calls.add(() -> lock(locker, slot, locker.patientId()).extract().statusCode());
        }
        java.util.Collections.shuffle(calls);
        List<Integer> statuses = Parallel.run(16, calls);
        long lockWins = statuses.stream().filter(status -> status == 201).count();
        assertEquals(units, statuses.stream().filter(status -> status == 200).count(), "every cancellation went through");

        UUID slotId = UUID.fromString(slot);
        for (Registered resident : waiting) {
            assertEquals(1, count("SELECT count(*) FROM booking WHERE slot_id = ? AND person_id = '"
                    + resident.patientId() + "' AND status = 'HELD'", slotId), "each waiting resident holds one unit");
        }
        long live = count("SELECT count(*) FROM booking WHERE slot_id = ? AND status IN ('HELD', 'CONFIRMED')", slotId);
        assertTrue(live <= units, "no oversell: " + live);
        assertEquals(10 + lockWins, live, "holds are the waiting ten plus the lock winners");
        assertTrue(lockWins <= units - 10, "lockers got at most the units nobody waited for: " + lockWins);
        assertEquals(live, count("SELECT public_taken FROM slot WHERE id = ?", slotId));
        assertEquals(0, count("SELECT count(*) FROM (SELECT sequence_no FROM booking WHERE slot_id = ?"
                + " GROUP BY sequence_no HAVING count(*) > 1) d", slotId), "no duplicate sequence number");
        assertEquals(0, count("SELECT count(*) FROM waitlist_entry WHERE slot_id = ? AND status = 'WAITING'", slotId));
        // What the gate still counts plus what is held is the slot's capacity: no unit lost or doubled.
        int left = given().auth().oauth2(lockers.get(0).resident().accessToken())
                .get("/api/v1/bookings/availability/" + slot).then().statusCode(200).extract().path("publicRemaining");
        assertEquals(units, live + left);
    }

    private long count(String sql, UUID parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
