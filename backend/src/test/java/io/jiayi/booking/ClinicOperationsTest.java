package io.jiayi.booking;

import static io.jiayi.booking.BookingFixtures.clinic;
import static io.jiayi.booking.BookingFixtures.inDays;
import static io.jiayi.booking.BookingFixtures.lock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.service.NoShows;
import io.jiayi.support.BehindARowLock;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/** Clinics pause, resume and stop; patients check in; no-shows restrict booking until lifted. */
@QuarkusTest
class ClinicOperationsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("HOSP-TONGREN")))
                .contentType("application/json");
    }

    private static String confirmed(Registered resident, String slotId) {
        String id = lock(resident, slotId, resident.patientId()).statusCode(201).extract().path("id");
        resident.request().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    @Test
    void aPausedClinicTakesNoNewBookingsAndResumesWithItsCounts() {
        Map<String, String> clinic = clinic(inDays(2), 2);
        Registered first = Residents.registered();
        String booking = confirmed(first, clinic.get("slot1"));
        staff().body(Map.of("reason", "设备检修")).post("/api/v1/schedules/" + clinic.get("schedule") + "/pause")
                .then().statusCode(200).body("status", is("PAUSED"));
        Registered second = Residents.registered();
        lock(second, clinic.get("slot1"), second.patientId()).statusCode(422).body("code", is("CLINIC_PAUSED"));
        first.request().get("/api/v1/me/bookings").then().body("items[0].id", is(booking))
                .body("items[0].status", is("CONFIRMED"));
        staff().post("/api/v1/schedules/" + clinic.get("schedule") + "/resume").then().statusCode(200)
                .body("status", is("OPEN"));
        lock(second, clinic.get("slot1"), second.patientId()).statusCode(201);
        Registered third = Residents.registered();
        lock(third, clinic.get("slot1"), third.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
    }

    @Test
    void aStoppedClinicCancelsEveryBookingAndTellsEachHolder() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 2);
        Registered held = Residents.registered();
        Registered booked = Residents.registered();
        lock(held, clinic.get("slot1"), held.patientId()).statusCode(201);
        String confirmedId = confirmed(booked, clinic.get("slot2"));
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("HOSP-GUANGHUA"))).contentType("application/json")
                .body(Map.of("reason", "x")).post("/api/v1/schedules/" + clinic.get("schedule") + "/stop").then()
                .statusCode(403);
        staff().body(Map.of("reason", "医生临时出诊任务")).post("/api/v1/schedules/" + clinic.get("schedule") + "/stop")
                .then().statusCode(200).body("status", is("STOPPED")).body("cancelled", is(2));
        booked.request().get("/api/v1/me/bookings").then().body("items[0].id", is(confirmedId))
                .body("items[0].status", is("CANCELLED"));
        Registered late = Residents.registered();
        lock(late, clinic.get("slot1"), late.patientId()).statusCode(422).body("code", is("CLINIC_STOPPED"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM notification n JOIN booking b ON b.id = n.booking_id"
                                + " WHERE b.schedule_id = ? AND n.kind = 'CLINIC_STOPPED'")) {
            query.setObject(1, UUID.fromString(clinic.get("schedule")));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(2, row.getInt(1));
            }
        }
        staff().post("/api/v1/schedules/" + clinic.get("schedule") + "/resume").then().statusCode(422)
                .body("code", is("CLINIC_STOPPED"));
    }

    @Test
    void aStoppedClinicReturnsNoUnitToAnyPool() {
        Map<String, String> clinic = clinic(inDays(2), 2);
        Registered held = Residents.registered();
        lock(held, clinic.get("slot1"), held.patientId()).statusCode(201);
        staff().body(Map.of("reason", "医生临时出诊任务")).post("/api/v1/schedules/" + clinic.get("schedule") + "/stop")
                .then().statusCode(200);
        staff().get("/api/v1/schedules/" + clinic.get("schedule")).then().statusCode(200)
                .body("slots[0].publicRemaining", is(1)).body("slots[1].publicRemaining", is(2));
    }

    @Test
    void aMovedClinicOffersEachHolderTheNewTime() {
        LocalDate date = inDays(3);
        Map<String, String> clinic = clinic(date, 2);
        Registered keeps = Residents.registered();
        Registered declines = Residents.registered();
        String kept = confirmed(keeps, clinic.get("slot1"));
        String declined = confirmed(declines, clinic.get("slot1"));
        keeps.request().post("/api/v1/bookings/" + kept + "/move/accept").then().statusCode(409)
                .body("code", is("NO_MOVE_OFFERED"));
        staff().body(Map.of("date", date.plusDays(1).toString(), "startTime", "14:00", "reason", "医生外出会诊"))
                .post("/api/v1/schedules/" + clinic.get("schedule") + "/move").then().statusCode(200)
                .body("cancelled", is(2));
        String newStart = date.plusDays(1) + "T14:00:00+08:00";
        keeps.request().get("/api/v1/me/bookings").then().body("items[0].moveOffered", is(true))
                .body("items[0].startsAt", is(newStart));
        keeps.request().post("/api/v1/bookings/" + kept + "/move/accept").then().statusCode(200)
                .body("status", is("CONFIRMED")).body("moveOffered", is(false));
        declines.request().post("/api/v1/bookings/" + declined + "/move/decline").then().statusCode(200)
                .body("status", is("CANCELLED"));
        // The declined unit is bookable again at the new time.
        Registered next = Residents.registered();
        lock(next, clinic.get("slot1"), next.patientId()).statusCode(201)
                .body("startsAt", is(newStart));
        // The doctor's own clinic at the target time refuses the move.
        String department = Directory.departmentId("HOSP-TONGREN", "CARDIOLOGY");
        staff().body(Map.ofEntries(Map.entry("doctorId", clinic.get("doctor")), Map.entry("departmentId", department),
                Map.entry("date", date.plusDays(2).toString()), Map.entry("session", "AFTERNOON"),
                Map.entry("startTime", "14:00"), Map.entry("endTime", "16:00"), Map.entry("clinicType", "GENERAL"),
                Map.entry("slotMinutes", 60), Map.entry("capacityPerSlot", 1), Map.entry("feeFen", 2500),
                Map.entry("location", "门诊楼 2 楼 5 诊室"))).post("/api/v1/schedules").then().statusCode(201);
        staff().body(Map.of("date", date.plusDays(2).toString(), "startTime", "15:00", "reason", "再次改期"))
                .post("/api/v1/schedules/" + clinic.get("schedule") + "/move").then().statusCode(409)
                .body("code", is("SCHEDULE_OVERLAP"));
    }

    @Test
    void aPauseSentWhileTheClinicStopsFindsItStoppedAndNothingReopensIt() throws Exception {
        Map<String, String> clinic = clinic(inDays(2), 2);
        String path = "/api/v1/schedules/" + clinic.get("schedule");
        List<Integer> answers = BehindARowLock.run(dataSource, "schedule", clinic.get("schedule"),
                () -> staff().body(Map.of("reason", "医生临时出诊任务")).post(path + "/stop").then().extract().statusCode(),
                () -> staff().body(Map.of("reason", "设备检修")).post(path + "/pause").then().extract().statusCode());
        assertEquals(List.of(200, 422), answers);
        given().get(path).then().statusCode(200).body("status", is("STOPPED"));
        staff().post(path + "/resume").then().statusCode(422).body("code", is("CLINIC_STOPPED"));
        Registered resident = Residents.registered();
        lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(422).body("code", is("CLINIC_STOPPED"));
    }

    @Test
    void aHolderCancellingWhileTheClinicMovesKeepsTheCancellationAndItsUnitReturns() throws Exception {
        LocalDate date = inDays(3);
        Map<String, String> clinic = clinic(date, 2);
        Registered cancels = Residents.registered();
        Registered stays = Residents.registered();
        String cancelled = confirmed(cancels, clinic.get("slot1"));
        confirmed(stays, clinic.get("slot1"));
        List<Integer> answers = BehindARowLock.run(dataSource, "booking", cancelled,
                () -> cancels.request().post("/api/v1/bookings/" + cancelled + "/cancel").then().extract().statusCode(),
                () -> staff().body(Map.of("date", date.plusDays(1).toString(), "startTime", "14:00", "reason", "医生外出会诊"))
                        .post("/api/v1/schedules/" + clinic.get("schedule") + "/move").then().extract().statusCode());
        assertEquals(List.of(200, 200), answers);
        cancels.request().get("/api/v1/me/bookings").then().body("items[0].status", is("CANCELLED"))
                .body("items[0].moveOffered", is(false));
        stays.request().get("/api/v1/me/bookings").then().body("items[0].moveOffered", is(true));
        // The cancelled unit is on sale again, at the new time.
        Registered next = Residents.registered();
        lock(next, clinic.get("slot1"), next.patientId()).statusCode(201)
                .body("startsAt", is(date.plusDays(1) + "T14:00:00+08:00"));
    }

    @Test
    void aBookingCancelledByAStopWhileItIsCheckedInStaysCancelled() throws Exception {
        LocalDate date = inDays(2);
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        String bookingId = confirmed(resident, clinic.get("slot1"));
        String code = resident.request().get("/api/v1/me/bookings").then().extract().path("items[0].checkInCode");
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.atTime(7, 1).atZone(SHANGHAI).toInstant()));
        String path = "/api/v1/schedules/" + clinic.get("schedule");
        List<Integer> answers = BehindARowLock.run(dataSource, "booking", bookingId,
                () -> staff().body(Map.of("reason", "医生临时出诊任务")).post(path + "/stop").then().extract().statusCode(),
                () -> staff().body(Map.of("checkInCode", code)).post(path + "/check-in").then().extract().statusCode());
        assertEquals(List.of(200, 404), answers);
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT status, cancel_reason FROM booking WHERE id = ?")) {
            query.setObject(1, UUID.fromString(bookingId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals("CANCELLED", row.getString(1));
                assertEquals("CLINIC_STOPPED", row.getString(2));
            }
        }
    }

    @Test
    void checkInOpensAnHourBeforeTheSlotAndNeedsTheCode() {
        LocalDate date = inDays(2);
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        String bookingId = confirmed(resident, clinic.get("slot2"));
        String code = resident.request().get("/api/v1/me/bookings").then().extract().path("items[0].checkInCode");
        String path = "/api/v1/schedules/" + clinic.get("schedule") + "/check-in";
        staff().body(Map.of("checkInCode", code)).post(path).then().statusCode(422).body("code", is("CHECK_IN_CLOSED"))
                .body("opensAt", is(date.atTime(8, 0).atZone(SHANGHAI).toInstant().toString()));
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.atTime(8, 1).atZone(SHANGHAI).toInstant()));
        String wrong = code.equals("000000") ? "111111" : "000000";
        staff().body(Map.of("checkInCode", wrong)).post(path).then().statusCode(404);
        staff().body(Map.of("checkInCode", code)).post(path).then().statusCode(200)
                .body("id", is(bookingId)).body("status", is("CHECKED_IN"));
    }

    @Test
    void checkInClosesAtTheEndOfTheSession() {
        LocalDate date = inDays(2);
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        confirmed(resident, clinic.get("slot1"));
        String code = resident.request().get("/api/v1/me/bookings").then().extract().path("items[0].checkInCode");
        String path = "/api/v1/schedules/" + clinic.get("schedule") + "/check-in";
        // The morning session runs 08:00-10:00: a minute after its end is too late.
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.atTime(10, 1).atZone(SHANGHAI).toInstant()));
        staff().body(Map.of("checkInCode", code)).post(path).then().statusCode(422).body("code", is("CHECK_IN_CLOSED"))
                .body("closesAt", is(date.atTime(10, 0).atZone(SHANGHAI).toInstant().toString()));
    }

    @Test
    void noShowsAreMarkedOnceEvenByTwoRunsAndThreeRestrictBookingUntilLifted() throws Exception {
        Registered resident = Residents.registered();
        for (int day = 2; day <= 4; day++) {
            confirmed(resident, clinic(inDays(day), 1).get("slot1"));
        }
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), inDays(4).atTime(10, 1).atZone(SHANGHAI).toInstant()));

        NoShows noShows = Arc.container().instance(NoShows.class).get();
        List<Callable<NoShows.Result>> runs = List.of(() -> OnVertx.await(noShows::run), () -> OnVertx.await(noShows::run));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int marked = 0;
        int restricted = 0;
        try {
            for (Future<NoShows.Result> result : pool.invokeAll(runs)) {
                marked += result.get().noShows();
                restricted += result.get().restricted();
            }
        } finally {
            pool.shutdownNow();
        }
        // Other tests' confirmed bookings may lapse too; this patient's three are marked once.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT (SELECT count(*) FROM booking WHERE person_id = ? AND status = 'NO_SHOW'),"
                                + " (SELECT count(*) FROM booking_restriction WHERE person_id = ?)")) {
            query.setObject(1, UUID.fromString(resident.patientId()));
            query.setObject(2, UUID.fromString(resident.patientId()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(3, row.getInt(1), "no-shows");
                assertEquals(1, row.getInt(2), "restrictions");
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(marked >= 3 && restricted >= 1, marked + " / " + restricted);

        Registered again = Residents.signInAgain(resident);
        Map<String, String> next = clinic(inDays(2), 1);
        lock(again, next.get("slot1"), again.patientId()).statusCode(422).body("code", is("BOOKING_RESTRICTED"))
                .body("restrictedUntil", notNullValue());
        String restrictionId = staff().queryParam("patientId", resident.patientId()).get("/api/v1/booking-restrictions")
                .then().statusCode(200).body("[0].reason", is("NO_SHOWS")).extract().path("[0].id");
        staff().body(Map.of("reason", "患者提供了住院证明")).post("/api/v1/booking-restrictions/" + restrictionId + "/lift")
                .then().statusCode(204);
        lock(again, next.get("slot1"), again.patientId()).statusCode(201);
        staff().queryParam("patientId", resident.patientId()).get("/api/v1/booking-restrictions").then()
                .body("[0].liftReason", is("患者提供了住院证明"));
    }

}
