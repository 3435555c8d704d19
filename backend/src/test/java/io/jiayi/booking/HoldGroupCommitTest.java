package io.jiayi.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.service.BookingRules;
import io.jiayi.booking.service.Holds;
import io.jiayi.booking.service.SlotDirectory;
import io.jiayi.booking.service.SlotGate;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** The winners of one schedule reach PostgreSQL together at a release: their holds go in one statement. */
@QuarkusTest
class HoldGroupCommitTest {

    @Inject
    Holds holds;

    @Inject
    SlotDirectory slots;

    @Inject
    BookingRules rules;

    @Inject
    MeterRegistry registry;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void locksArrivingWhileTheirSchedulesHoldIsWrittenAreWrittenTogetherNext() throws Exception {
        Map<String, String> clinic = BookingFixtures.clinic(BookingFixtures.inDays(2), 3);
        UUID slot = UUID.fromString(clinic.get("slot1"));
        List<Registered> residents = List.of(Residents.registered(), Residents.registered(), Residents.registered());
        SlotDirectory.SlotFacts facts = OnVertx.await(() -> slots.facts(slot));
        BookingRules.BookingWindow window = OnVertx.await(() -> rules.window(facts.institutionId()));
        List<Holds.Unit> units = new java.util.ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            UUID patient = UUID.fromString(residents.get(i).patientId());
            // As the gate numbers them: sequence numbers and fencing tokens in the order of the takes.
            units.add(Holds.Unit.locked(BookingFixtures.accountOf(dataSource, patient), slot, patient,
                    new SlotGate.Taken(i + 1, 100 + i, false), true));
        }
        long statementsBefore = statements();
        double holdsBefore = holdsWritten();
        double failedBefore = failedBatches();

        // All three are asked for at once: the first finds the schedule idle and goes alone; the
        // other two arrive while it is written and go together after it.
        List<BookingView> held = OnVertx.await(() -> Uni.join().all(units.stream()
                .map(unit -> holds.lock(unit, facts, window)).toList()).andFailFast());

        assertEquals(List.of(1, 2, 3), held.stream().map(BookingView::sequenceNo).toList());
        assertEquals(List.of(BookingStatus.HELD, BookingStatus.HELD, BookingStatus.HELD),
                held.stream().map(BookingView::status).toList());
        assertEquals(2, statements() - statementsBefore, "statements: one alone, then one of two");
        assertEquals(3.0, holdsWritten() - holdsBefore, "holds written");
        assertEquals(failedBefore, failedBatches(), "no batch failed");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT (SELECT public_taken FROM slot WHERE id = ?),
                               (SELECT count(*) FROM booking WHERE slot_id = ? AND status = 'HELD')""")) {
            query.setObject(1, slot);
            query.setObject(2, slot);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(3, row.getInt(1), "the slot's counter");
                assertEquals(3, row.getInt(2), "holds");
            }
        }
    }

    // The meters exist once the holds' bean does (its first use): none yet counts as nothing.
    private long statements() {
        var summary = registry.find("jiayi.booking.hold.statement.holds").summary();
        return summary == null ? 0 : summary.count();
    }

    private double holdsWritten() {
        var summary = registry.find("jiayi.booking.hold.statement.holds").summary();
        return summary == null ? 0 : summary.totalAmount();
    }

    private double failedBatches() {
        var counter = registry.find("jiayi.booking.hold.batch.failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
