package io.jiayi.booking;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.support.Parallel;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The row-lock path ({@code jiayi.booking.lock-gate=DATABASE}): PostgreSQL alone decides every
 * lock request, as the benchmark's baseline does and as operators may choose while the Redis gate
 * cannot be trusted. Tagged to run in a JVM of its own (see backend/pom.xml).
 */
@Tag("own-app")
@QuarkusTest
@TestProfile(RowLockGateTest.DatabaseGate.class)
class RowLockGateTest {

    public static class DatabaseGate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jiayi.booking.lock-gate", "DATABASE");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void withoutTheRedisGateParallelLocksNeverOversellAndNumberTheScheduleOnce() throws Exception {
        Map<String, String> clinic = BookingFixtures.clinic(BookingFixtures.inDays(2), 3);
        List<Registered> residents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            residents.add(Residents.registered());
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Registered resident : residents) {
                String slot = clinic.get(calls.size() % 2 == 0 ? "slot1" : "slot2");
                calls.add(() -> BookingFixtures.lock(resident, slot, resident.patientId()).extract().statusCode());
            }
        }
        List<Integer> statuses = Parallel.run(16, calls);
        assertEquals(6, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*), count(DISTINCT sequence_no), min(sequence_no), max(sequence_no),
                               count(DISTINCT person_id), (SELECT sum(public_taken) FROM slot WHERE schedule_id = ?),
                               count(*) FILTER (WHERE fencing_token <> 0)
                        FROM booking WHERE schedule_id = ? AND status = 'HELD'""")) {
            query.setObject(1, UUID.fromString(clinic.get("schedule")));
            query.setObject(2, UUID.fromString(clinic.get("schedule")));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(6, row.getInt(1), "holds");
                assertEquals(6, row.getInt(2), "distinct sequence numbers");
                assertEquals(1, row.getInt(3), "first number");
                assertEquals(6, row.getInt(4), "last number");
                assertEquals(6, row.getInt(5), "distinct patients");
                assertEquals(6, row.getInt(6), "the slots' counters");
                assertEquals(0, row.getInt(7), "no Redis hold to fence");
            }
        }
    }

    @Test
    void withoutTheRedisGateASoldOutSlotIsRefusedAndACancelledUnitIsBookableAgain() {
        Map<String, String> clinic = BookingFixtures.clinic(BookingFixtures.inDays(2), 2);
        Registered holder = Residents.registered();
        String booking = BookingFixtures.lock(holder, clinic.get("slot1"), holder.patientId()).statusCode(201)
                .body("sequenceNo", is(1)).extract().path("id");
        BookingFixtures.lock(holder, clinic.get("slot1"), holder.patientId()).statusCode(409)
                .body("code", is("ALREADY_BOOKED_SLOT"));
        Registered second = Residents.registered();
        BookingFixtures.lock(second, clinic.get("slot1"), second.patientId()).statusCode(201).body("sequenceNo", is(2));
        Registered late = Residents.registered();
        BookingFixtures.lock(late, clinic.get("slot1"), late.patientId()).statusCode(409).body("code", is("SLOT_SOLD_OUT"));
        holder.request().post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200);
        // Numbers are never reused within a schedule: the next booking is number 3.
        BookingFixtures.lock(late, clinic.get("slot1"), late.patientId()).statusCode(201).body("sequenceNo", is(3));
    }
}
