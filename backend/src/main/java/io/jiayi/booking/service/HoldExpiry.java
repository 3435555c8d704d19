package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Lapses holds nobody confirmed and gives their units back, exactly once: only the rows this
 * run changed (one conditional update) are returned to the pools and to the gate, where the
 * first person waiting gets the unit (a lapsed waitlist hold passes to the next in line).
 */
@ApplicationScoped
public class HoldExpiry {

    private record Returned(UUID scheduleId, UUID slotId, UUID patientId) {
    }

    private final Waitlists waitlists;
    private final Clock clock;

    public HoldExpiry(Waitlists waitlists, Clock clock) {
        this.waitlists = waitlists;
        this.clock = clock;
    }

    @Scheduled(every = "${jiayi.booking.hold-expiry-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Returns how many holds lapsed. */
    public Uni<Integer> run() {
        return expireInDatabase().flatMap(returned -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Returned unit : returned) {
                chain = chain.flatMap(ignored -> waitlists.giveBack(unit.scheduleId(), unit.slotId(), unit.patientId()));
            }
            return chain.replaceWith(returned.size());
        });
    }

    @WithTransaction
    Uni<List<Returned>> expireInDatabase() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                WITH expired AS (
                    UPDATE booking SET status = 'EXPIRED', ended_at = :now
                    WHERE status = 'HELD' AND held_until <= :now
                    RETURNING schedule_id, slot_id, person_id, pool),
                public_units AS (
                    UPDATE slot t SET public_taken = t.public_taken - e.n
                    FROM (SELECT slot_id, count(*) AS n FROM expired WHERE pool = 'PUBLIC' GROUP BY slot_id) e
                    WHERE t.id = e.slot_id)
                SELECT schedule_id, slot_id, person_id FROM expired WHERE pool = 'PUBLIC'
                """, Object[].class).setParameter("now", now).getResultList())
                .map(rows -> rows.stream().map(row -> new Returned((UUID) row[0], (UUID) row[1], (UUID) row[2])).toList());
    }
}
