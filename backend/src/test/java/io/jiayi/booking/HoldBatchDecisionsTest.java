package io.jiayi.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.support.Residents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The winners' holds of a release are decided as sets (booking_hold_batch): each item must come
 * out exactly as booking_hold, one item after another, decides it. Each case runs in a
 * transaction that is rolled back.
 */
@QuarkusTest
class HoldBatchDecisionsTest {

    private static final int LIMIT_DOCTOR_DAY = 1;
    private static final int LIMIT_DEPARTMENT = 3;
    private static final int LIMIT_TOTAL = 10;

    @Inject
    AgroalDataSource dataSource;

    /** One lock's unit as the gate numbered it; {@code expectedStart} as the service remembered the slot. */
    private record Item(UUID slot, UUID person, UUID account, int sequenceNo, OffsetDateTime expectedStart) {
    }

    /** What a batch decided: each item, and the waits (status, end reason) of the patients who waited. */
    private record Decided(List<Decision> items, List<String> waits) {
    }

    /** A booking restriction in force for {@code person} until {@code until}. */
    private record Restriction(UUID person, OffsetDateTime until) {
    }

    /** What the database answered for an item: every column but the item's number. */
    private record Decision(String outcome, OffsetDateTime restrictedUntil, long doctorDay, long department, long total,
            long inSlot, OffsetDateTime startsAt, String clinicDate, String scheduleStatus, Integer sequenceNo) {
    }

    @Test
    void aBatchDecidesEveryItemAsTheHoldsOneByOneDoWithoutCallingThemOneByOne() throws SQLException {
        Map<String, String> clinic = BookingFixtures.clinic(BookingFixtures.inDays(3), 3);
        Map<String, String> paused = BookingFixtures.clinic(BookingFixtures.inDays(3), 3);
        UUID slot1 = UUID.fromString(clinic.get("slot1"));
        UUID slot2 = UUID.fromString(clinic.get("slot2"));
        UUID pausedSlot = UUID.fromString(paused.get("slot1"));
        List<Item> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID person = UUID.fromString(Residents.registered().patientId());
            people.add(new Item(null, person, BookingFixtures.accountOf(dataSource, person), 0, null));
        }
        OffsetDateTime start1 = startOf(slot1);
        OffsetDateTime start2 = startOf(slot2);
        OffsetDateTime pausedStart = startOf(pausedSlot);
        // Before the batch: people 10 and 11 hold a unit each (of slot 1, and of slot 2), and
        // person 9 is under a booking restriction; the paused clinic takes no booking.
        List<Item> before = List.of(item(people.get(10), slot1, 1, start1), item(people.get(11), slot2, 2, start2));
        List<Item> batch = List.of(
                item(people.get(0), slot1, 3, start1),
                item(people.get(1), slot1, 4, start1),
                item(people.get(2), slot1, 5, start1), // slot 1's three units are gone: sold out
                item(people.get(3), UUID.randomUUID(), 6, start1),
                item(people.get(4), pausedSlot, 7, pausedStart),
                item(people.get(5), slot2, 8, start2.plusHours(1)), // the clinic moved since
                item(people.get(9), slot2, 9, start2),
                new Item(slot2, people.get(11).person(), people.get(11).account(), 10, start2), // holds slot 2 already
                new Item(slot2, people.get(10).person(), people.get(10).account(), 11, start2), // the doctor's day taken
                item(people.get(6), slot2, 12, start2));
        Restriction restriction = new Restriction(people.get(9).person(),
                OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.MICROS));

        // Two of them wait in the schedule: the one held stops waiting, the one sold out waits on.
        Waiting waiting = new Waiting(UUID.fromString(clinic.get("schedule")), slot1, List.of(people.get(1), people.get(2)));

        Decided asSets = decide(batch, before, restriction, UUID.fromString(paused.get("schedule")), waiting, true);
        Decided oneByOne = decide(batch, before, restriction, UUID.fromString(paused.get("schedule")), waiting, false);

        assertEquals(List.of("HELD", "HELD", "SOLD_OUT", "NO_SLOT", "CLOSED", "MOVED", "RESTRICTED", "ALREADY_BOOKED",
                "LIMIT", "HELD"), asSets.items().stream().map(Decision::outcome).toList());
        assertEquals(oneByOne.items(), asSets.items(), "every column of every item as booking_hold decides it");
        assertEquals(List.of(3, 4), asSets.items().subList(0, 2).stream().map(Decision::sequenceNo).toList());
        assertEquals(12, asSets.items().get(9).sequenceNo());
        assertEquals(List.of("CLOSED BOOKED_IN_SCHEDULE", "WAITING null"), asSets.waits());
        assertEquals(oneByOne.waits(), asSets.waits());
    }

    @Test
    void aBatchWithAPatientTwiceGoesItemByItemSoTheSecondMeetsTheFirst() throws SQLException {
        Map<String, String> clinic = BookingFixtures.clinic(BookingFixtures.inDays(3), 3);
        UUID slot1 = UUID.fromString(clinic.get("slot1"));
        UUID slot2 = UUID.fromString(clinic.get("slot2"));
        UUID person = UUID.fromString(Residents.registered().patientId());
        Item patient = new Item(null, person, BookingFixtures.accountOf(dataSource, person), 0, null);
        List<Item> batch = List.of(item(patient, slot1, 1, startOf(slot1)), item(patient, slot2, 2, startOf(slot2)));

        Decided decided = decide(batch, List.of(), null, null, null, true);

        assertEquals(List.of("HELD", "LIMIT"), decided.items().stream().map(Decision::outcome).toList(),
                "one booking per doctor and day, the batch's own first hold counted");
    }

    private static Item item(Item who, UUID slot, int sequenceNo, OffsetDateTime expectedStart) {
        return new Item(slot, who.person(), who.account(), sequenceNo, expectedStart);
    }

    /**
     * Writes {@code before} one by one, then decides {@code batch} as one batch or one by one, and
     * rolls everything back. As a batch, every item must be decided without booking_hold when the
     * batch has each patient once.
     */
    private Decided decide(List<Item> batch, List<Item> before, Restriction restriction, UUID pausedSchedule,
            Waiting waiting, boolean asBatch) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL track_functions = 'all'");
                if (pausedSchedule != null) {
                    statement.execute("UPDATE schedule SET status = 'PAUSED' WHERE id = '" + pausedSchedule + "'");
                }
            }
            if (restriction != null) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO booking_restriction"
                        + " (id, person_id, starts_at, ends_at, reason) VALUES (?, ?, ?, ?, 'NO_SHOWS')")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, restriction.person());
                    insert.setObject(3, now.minusHours(1));
                    insert.setObject(4, restriction.until());
                    insert.executeUpdate();
                }
            }
            List<UUID> waits = new ArrayList<>();
            if (waiting != null) {
                for (Item who : waiting.people()) {
                    waits.add(join(connection, waiting, who, now));
                }
            }
            for (Item item : before) {
                assertEquals("HELD", alone(connection, item, now).outcome(), "written before the batch");
            }
            List<Decision> decisions = new ArrayList<>();
            if (asBatch) {
                // Counted as a difference: on a pooled connection the transaction's function counts
                // can include an earlier transaction's calls not yet reported (PostgreSQL 15 on reports
                // a backend's statistics at most once a second; seen in CI as 4 calls for 2).
                long callsBefore = callsOfBookingHold(connection);
                decisions.addAll(together(connection, batch, now));
                long calls = callsOfBookingHold(connection) - callsBefore;
                boolean distinct = batch.stream().map(Item::person).distinct().count() == batch.size();
                if (distinct) {
                    assertEquals(0, calls, "the batch called booking_hold for no item");
                } else {
                    assertTrue(calls >= batch.size(), "item by item");
                }
            } else {
                for (Item item : batch) {
                    decisions.add(alone(connection, item, now));
                }
            }
            assertCountersMatchHolds(connection, batch);
            List<String> waitsAfter = new ArrayList<>();
            for (UUID wait : waits) {
                waitsAfter.add(waitOf(connection, wait));
            }
            connection.rollback();
            return new Decided(decisions, waitsAfter);
        }
    }

    /** Patients waiting in a schedule (for its slot {@code slot}) before the batch. */
    private record Waiting(UUID schedule, UUID slot, List<Item> people) {
    }

    private static UUID join(Connection connection, Waiting waiting, Item who, OffsetDateTime now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO waitlist_entry"
                + " (id, slot_id, schedule_id, person_id, account_id, status, joined_at) VALUES (?, ?, ?, ?, ?, 'WAITING', ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, waiting.slot());
            insert.setObject(3, waiting.schedule());
            insert.setObject(4, who.person());
            insert.setObject(5, who.account());
            insert.setObject(6, now.minusMinutes(5));
            insert.executeUpdate();
        }
        return id;
    }

    private static String waitOf(Connection connection, UUID wait) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT status, end_reason FROM waitlist_entry WHERE id = ?")) {
            query.setObject(1, wait);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1) + " " + row.getString(2);
            }
        }
    }

    private static final String COLUMNS = "outcome, restricted_until, doctor_day, department, total, in_slot,"
            + " slot_starts_at, slot_clinic_date::text, schedule_status, sequence_no";

    private Decision alone(Connection connection, Item item, OffsetDateTime now) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement("SELECT " + COLUMNS + " FROM booking_hold(?, ?, ?, ?, ?,"
                + " 'PUBLIC', ?, ?, ?, '123456', 'PAY_AT_CLINIC', ?, NULL, NULL, NULL, true, ?, ?, ?, ?)")) {
            call.setObject(1, UUID.randomUUID());
            call.setString(2, bookingNo());
            call.setObject(3, item.slot());
            call.setObject(4, item.person());
            call.setObject(5, item.account());
            call.setInt(6, item.sequenceNo());
            call.setLong(7, item.sequenceNo());
            call.setObject(8, now.plusMinutes(10));
            call.setObject(9, now);
            call.setObject(10, item.expectedStart());
            call.setInt(11, LIMIT_DOCTOR_DAY);
            call.setInt(12, LIMIT_DEPARTMENT);
            call.setInt(13, LIMIT_TOTAL);
            try (ResultSet row = call.executeQuery()) {
                assertTrue(row.next());
                return decision(row);
            }
        }
    }

    private List<Decision> together(Connection connection, List<Item> items, OffsetDateTime now) throws SQLException {
        int n = items.size();
        Object[] bookings = new Object[n];
        Object[] numbers = new Object[n];
        Object[] slots = new Object[n];
        Object[] persons = new Object[n];
        Object[] accounts = new Object[n];
        Object[] pools = new Object[n];
        Object[] sequenceNos = new Object[n];
        Object[] tokens = new Object[n];
        Object[] heldUntil = new Object[n];
        Object[] codes = new Object[n];
        Object[] payments = new Object[n];
        Object[] nows = new Object[n];
        Object[] none = new Object[n];
        Object[] closeWait = new Object[n];
        Object[] starts = new Object[n];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            bookings[i] = UUID.randomUUID();
            numbers[i] = bookingNo();
            slots[i] = item.slot();
            persons[i] = item.person();
            accounts[i] = item.account();
            pools[i] = "PUBLIC";
            sequenceNos[i] = item.sequenceNo();
            tokens[i] = (long) item.sequenceNo();
            heldUntil[i] = now.plusMinutes(10);
            codes[i] = "123456";
            payments[i] = "PAY_AT_CLINIC";
            nows[i] = now;
            closeWait[i] = true;
            starts[i] = item.expectedStart();
        }
        try (PreparedStatement call = connection.prepareStatement("SELECT " + COLUMNS + ", item FROM booking_hold_batch("
                + "?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::uuid[], ?::varchar[], ?::integer[], ?::bigint[],"
                + " ?::timestamptz[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::uuid[], ?::varchar[], ?::uuid[],"
                + " ?::boolean[], ?::timestamptz[], ?, ?, ?) ORDER BY item")) {
            call.setArray(1, connection.createArrayOf("uuid", bookings));
            call.setArray(2, connection.createArrayOf("varchar", numbers));
            call.setArray(3, connection.createArrayOf("uuid", slots));
            call.setArray(4, connection.createArrayOf("uuid", persons));
            call.setArray(5, connection.createArrayOf("uuid", accounts));
            call.setArray(6, connection.createArrayOf("varchar", pools));
            call.setArray(7, connection.createArrayOf("integer", sequenceNos));
            call.setArray(8, connection.createArrayOf("bigint", tokens));
            call.setArray(9, connection.createArrayOf("timestamptz", heldUntil));
            call.setArray(10, connection.createArrayOf("varchar", codes));
            call.setArray(11, connection.createArrayOf("varchar", payments));
            call.setArray(12, connection.createArrayOf("timestamptz", nows));
            call.setArray(13, connection.createArrayOf("uuid", none));
            call.setArray(14, connection.createArrayOf("varchar", none));
            call.setArray(15, connection.createArrayOf("uuid", none));
            call.setArray(16, connection.createArrayOf("boolean", closeWait));
            call.setArray(17, connection.createArrayOf("timestamptz", starts));
            call.setInt(18, LIMIT_DOCTOR_DAY);
            call.setInt(19, LIMIT_DEPARTMENT);
            call.setInt(20, LIMIT_TOTAL);
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet row = call.executeQuery()) {
                while (row.next()) {
                    assertEquals(decisions.size() + 1, row.getInt("item"), "one row per item, in order");
                    decisions.add(decision(row));
                }
            }
            assertEquals(n, decisions.size());
            return decisions;
        }
    }

    private static Decision decision(ResultSet row) throws SQLException {
        Object sequenceNo = row.getObject("sequence_no");
        return new Decision(row.getString("outcome"), row.getObject("restricted_until", OffsetDateTime.class),
                row.getLong("doctor_day"), row.getLong("department"), row.getLong("total"), row.getLong("in_slot"),
                row.getObject("slot_starts_at", OffsetDateTime.class), row.getString("slot_clinic_date"),
                row.getString("schedule_status"), sequenceNo == null ? null : ((Number) sequenceNo).intValue());
    }

    private static long callsOfBookingHold(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions WHERE funcname = 'booking_hold'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Whatever was decided, each slot's counter equals its live holds and stays within capacity. */
    private static void assertCountersMatchHolds(Connection connection, List<Item> items) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT t.public_taken, t.public_capacity,
                       (SELECT count(*) FROM booking b WHERE b.slot_id = t.id AND b.status = 'HELD')
                  FROM slot t WHERE t.id = ANY (?)""")) {
            query.setArray(1, connection.createArrayOf("uuid", items.stream().map(Item::slot).distinct().toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    assertEquals(row.getInt(3), row.getInt(1), "the counter equals the slot's holds");
                    assertTrue(row.getInt(1) <= row.getInt(2), "within capacity");
                }
            }
        }
    }

    private static String bookingNo() {
        return "BK-T-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
    }

    private OffsetDateTime startOf(UUID slot) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT starts_at FROM slot WHERE id = ?")) {
            query.setObject(1, slot);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getObject(1, OffsetDateTime.class);
            }
        }
    }
}
