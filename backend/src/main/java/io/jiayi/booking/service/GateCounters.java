package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Builds the gate's counters from PostgreSQL: for a schedule on demand (a new schedule, or one
 * whose counters a Redis restart lost), and for all upcoming schedules at start and every few
 * minutes, which also corrects any drift. PostgreSQL is the source of truth.
 */
@ApplicationScoped
public class GateCounters {

    private static final Logger LOG = Logger.getLogger(GateCounters.class);

    private final SlotGate gate;
    private final Waitlists waitlists;
    private final Clock clock;

    public GateCounters(SlotGate gate, Waitlists waitlists, Clock clock) {
        this.gate = gate;
        this.waitlists = waitlists;
        this.clock = clock;
    }

    /**
     * The answer to a take the gate refused: its problem, or - when the schedule's keys were lost
     * (a Redis restart) - 503 with Retry-After once they are rebuilt from the database.
     */
    public <T> Uni<T> refused(UUID scheduleId, UUID slotId, SlotGate.Take take) {
        if (take instanceof SlotGate.NotReady) {
            return rebuild(scheduleId).replaceWith(Uni.createFrom().<T> failure(ProblemException.tryAgainIn(1)));
        }
        if (take instanceof SlotGate.Closed closed) {
            return Uni.createFrom().failure(new ProblemException(closed.reason()));
        }
        if (take instanceof SlotGate.Holding holding) {
            return Uni.createFrom().failure(new ProblemException(holding.slotId().equals(slotId)
                    ? ProblemCode.ALREADY_BOOKED_SLOT : ProblemCode.BOOKING_LIMIT_PER_DOCTOR_DAY));
        }
        return Uni.createFrom().failure(new ProblemException(ProblemCode.SLOT_SOLD_OUT));
    }

    /** Rebuilds one schedule's keys; units left while people wait are handed out then. */
    public Uni<Void> rebuild(UUID scheduleId) {
        return readOne(scheduleId).flatMap(all -> all.isEmpty() ? Uni.createFrom().voidItem()
                : gate.rebuild(all.get(0)).flatMap(waitlists::offerAll));
    }

    @WithSession
    Uni<List<SlotGate.Counts>> readOne(UUID scheduleId) {
        return read("s.id = :schedule", Map.of("schedule", scheduleId));
    }

    /** Every schedule from yesterday on; run at start and on a schedule. */
    public Uni<Integer> rebuildUpcoming() {
        return readUpcoming().flatMap(all -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (SlotGate.Counts counts : all) {
                chain = chain.flatMap(ignored -> gate.rebuild(counts).flatMap(waitlists::offerAll));
            }
            return chain.replaceWith(all.size());
        });
    }

    @WithSession
    Uni<List<SlotGate.Counts>> readUpcoming() {
        return read("s.ends_at > :from", Map.of("from", OffsetDateTime.now(clock).minusDays(1)));
    }

    /** At start (the first run is immediate) and every few minutes after. */
    @Scheduled(every = "${jiayi.booking.gate-reconcile-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> reconcile() {
        return rebuildUpcoming().invoke(n -> LOG.debugf("Rebuilt booking gate counters of %d schedules", n))
                .onFailure().invoke(failure -> LOG.warn("Booking gate counters not rebuilt; the next run retries", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<List<SlotGate.Counts>> read(String where, Map<String, Object> parameters) {
        return Panache.getSession().flatMap(session -> {
            var schedules = session.createNativeQuery("""
                    SELECT s.id, s.status,
                           coalesce((SELECT max(b.sequence_no) FROM booking b WHERE b.schedule_id = s.id), 0)
                    FROM schedule s WHERE """ + " " + where, Object[].class);
            var slots = session.createNativeQuery("""
                    SELECT t.schedule_id, t.id, t.public_capacity - t.public_taken
                    FROM slot t JOIN schedule s ON s.id = t.schedule_id WHERE """ + " " + where
                    + " ORDER BY t.schedule_id, t.position", Object[].class);
            var holders = session.createNativeQuery("""
                    SELECT b.schedule_id, b.person_id, b.slot_id FROM booking b JOIN schedule s ON s.id = b.schedule_id
                    WHERE b.status IN ('HELD', 'CONFIRMED', 'CHECKED_IN') AND """ + " " + where, Object[].class);
            var waiters = session.createNativeQuery("""
                    SELECT e.schedule_id, e.slot_id, e.person_id, e.place FROM waitlist_entry e
                    JOIN schedule s ON s.id = e.schedule_id WHERE e.status = 'WAITING' AND """ + " " + where
                    + " ORDER BY e.place", Object[].class);
            parameters.forEach((name, value) -> {
                schedules.setParameter(name, value);
                slots.setParameter(name, value);
                holders.setParameter(name, value);
                waiters.setParameter(name, value);
            });
            return schedules.getResultList().flatMap(scheduleRows -> slots.getResultList()
                    .flatMap(slotRows -> holders.getResultList()
                            .flatMap(holderRows -> waiters.getResultList()
                                    .map(waiterRows -> counts(scheduleRows, slotRows, holderRows, waiterRows)))));
        });
    }

    private static List<SlotGate.Counts> counts(List<Object[]> schedules, List<Object[]> slots, List<Object[]> holders,
            List<Object[]> waiters) {
        Map<UUID, List<SlotGate.SlotLeft>> left = new LinkedHashMap<>();
        for (Object[] row : slots) {
            left.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new SlotGate.SlotLeft((UUID) row[1], ((Number) row[2]).intValue()));
        }
        Map<UUID, List<SlotGate.Holder>> holding = new LinkedHashMap<>();
        for (Object[] row : holders) {
            holding.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new SlotGate.Holder((UUID) row[1], (UUID) row[2]));
        }
        Map<UUID, List<SlotGate.Waiter>> waiting = new LinkedHashMap<>();
        for (Object[] row : waiters) {
            waiting.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new SlotGate.Waiter((UUID) row[1], (UUID) row[2], ((Number) row[3]).longValue()));
        }
        List<SlotGate.Counts> all = new ArrayList<>();
        for (Object[] row : schedules) {
            UUID schedule = (UUID) row[0];
            ProblemCode closed = switch ((String) row[1]) {
                case "PAUSED" -> ProblemCode.CLINIC_PAUSED;
                case "STOPPED" -> ProblemCode.CLINIC_STOPPED;
                default -> null;
            };
            all.add(new SlotGate.Counts(schedule, ((Number) row[2]).intValue(), closed,
                    left.getOrDefault(schedule, List.of()), holding.getOrDefault(schedule, List.of()),
                    waiting.getOrDefault(schedule, List.of())));
        }
        return all;
    }
}
