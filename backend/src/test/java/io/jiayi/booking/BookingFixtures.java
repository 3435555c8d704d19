package io.jiayi.booking;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.restassured.response.ValidatableResponse;

/** Clinics and locks as the booking tests (and the partner check-in tests) need them. */
public final class BookingFixtures {

    private BookingFixtures() {
    }

    /** A new doctor's GENERAL morning on {@code date}: two one-hour slots (08:00, 09:00) of {@code capacity} units. */
    public static Map<String, String> clinic(LocalDate date, int capacity) {
        return clinic(date, capacity, "GENERAL");
    }

    /** The same with another clinic type: an EXPERT clinic at 同仁 keeps 20% of its units for referrals. */
    static Map<String, String> clinic(LocalDate date, int capacity, String clinicType) {
        return clinicAt(Directory.institutionId("HOSP-TONGREN"), Directory.departmentId("HOSP-TONGREN", "CARDIOLOGY"),
                date, capacity, clinicType);
    }

    /** The same at an institution and department of one's choosing (its own booking rules, say). */
    static Map<String, String> clinicAt(String institution, String department, LocalDate date, int capacity,
            String clinicType) {
        String doctor = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "DR-BK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "institutionId", institution, "departmentId", department, "name", "预约医生", "gender", "FEMALE",
                        "title", "ATTENDING_PHYSICIAN"))
                .post("/api/v1/doctors").then().statusCode(201).extract().path("id");
        var schedule = given().auth().oauth2(TestTokens.staffOf(institution)).contentType("application/json")
                .body(Map.ofEntries(Map.entry("doctorId", doctor), Map.entry("departmentId", department),
                        Map.entry("date", date.toString()), Map.entry("session", "MORNING"), Map.entry("startTime", "08:00"),
                        Map.entry("endTime", "10:00"), Map.entry("clinicType", clinicType), Map.entry("slotMinutes", 60),
                        Map.entry("capacityPerSlot", capacity), Map.entry("feeFen", 2500),
                        Map.entry("location", "门诊楼 2 楼 5 诊室")))
                .post("/api/v1/schedules").then().statusCode(201).extract().jsonPath();
        return Map.of("doctor", doctor, "schedule", schedule.getString("id"), "slot1", schedule.getString("slots[0].id"),
                "slot2", schedule.getString("slots[1].id"));
    }

    /** A clinic of one unit a slot on {@code date} whose first slot's unit a new resident holds. */
    static Map<String, String> soldOutClinic(LocalDate date) {
        Map<String, String> clinic = clinic(date, 1);
        Registered holder = Residents.registered();
        lock(holder, clinic.get("slot1"), holder.patientId()).statusCode(201);
        return clinic;
    }

    /** The resident account a real-named person signs in with. */
    static UUID accountOf(javax.sql.DataSource dataSource, UUID personId) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement query = connection.prepareStatement(
                        "SELECT id FROM resident_account WHERE person_id = ?")) {
            query.setObject(1, personId);
            try (java.sql.ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    public static ValidatableResponse lock(Registered resident, String slotId, String patientId) {
        return resident.request().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("slotId", slotId, "patientId", patientId)).post("/api/v1/bookings").then();
    }

    public static LocalDate inDays(int days) {
        return LocalDate.now(MutableClock.get()).plusDays(days);
    }
}
