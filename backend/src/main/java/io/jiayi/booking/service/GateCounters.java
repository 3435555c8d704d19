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
    private final Clock clock;

    public GateCounters(SlotGate gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    @WithSession
    public Uni<Void> rebuild(UUID scheduleId) {
        return read("s.id = :schedule", Map.of("schedule", scheduleId))
                .flatMap(all -> all.isEmpty() ? Uni.createFrom().voidItem() : gate.rebuild(all.get(0)));
    }

    /** Every schedule from yesterday on; run at start and on a schedule. */
    @WithSession
    public Uni<Integer> rebuildUpcoming() {
        return read("s.ends_at > :from", Map.of("from", OffsetDateTime.now(clock).minusDays(1)))
                .flatMap(all -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (SlotGate.Counts counts : all) {
                        chain = chain.flatMap(ignored -> gate.rebuild(counts));
                    }
                    return chain.replaceWith(all.size());
                });
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
            var query = session.createNativeQuery("""
                    SELECT t.schedule_id, t.id, t.public_capacity - t.public_taken,
                           coalesce((SELECT max(b.sequence_no) FROM booking b WHERE b.schedule_id = t.schedule_id), 0)
                    FROM slot t JOIN schedule s ON s.id = t.schedule_id
                    WHERE s.status <> 'STOPPED'""" + " AND " + where + " ORDER BY t.schedule_id, t.position", Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> {
            Map<UUID, List<SlotGate.SlotLeft>> slots = new LinkedHashMap<>();
            Map<UUID, Integer> highest = new LinkedHashMap<>();
            for (Object[] row : rows) {
                UUID schedule = (UUID) row[0];
                slots.computeIfAbsent(schedule, id -> new ArrayList<>())
                        .add(new SlotGate.SlotLeft((UUID) row[1], ((Number) row[2]).intValue()));
                highest.put(schedule, ((Number) row[3]).intValue());
            }
            return slots.entrySet().stream()
                    .map(entry -> new SlotGate.Counts(entry.getKey(), highest.get(entry.getKey()), entry.getValue()))
                    .toList();
        });
    }
}
