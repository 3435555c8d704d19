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

    private record Returned(UUID scheduleId, UUID slotId, UUID patientId, boolean toPublicPool) {
    }

    private final Waitlists waitlists;
    private final Clock clock;

    private final ReferralLinks referralLinks;

    public HoldExpiry(Waitlists waitlists, ReferralLinks referralLinks, Clock clock) {
        this.waitlists = waitlists;
        this.referralLinks = referralLinks;
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
                chain = chain.flatMap(ignored -> waitlists.unitBack(unit.scheduleId(), unit.slotId(), unit.patientId(),
                        unit.toPublicPool()));
            }
            return chain.replaceWith(returned.size());
        });
    }

    @WithTransaction
    Uni<List<Returned>> expireInDatabase() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // A referral unit whose pool was already released goes back to the public pool.
        return referralLinks.lockForLapsedHolds(now).flatMap(locked -> Panache.getSession())
                .flatMap(session -> session.createNativeQuery("""
                WITH expired AS (
                    UPDATE booking SET status = 'EXPIRED', ended_at = :now
                    WHERE status = 'HELD' AND held_until <= :now
                    RETURNING id, schedule_id, slot_id, person_id, pool, referral_id),
                public_units AS (
                    UPDATE slot t SET public_taken = t.public_taken - e.n
                    FROM (SELECT slot_id, count(*) AS n FROM expired WHERE pool = 'PUBLIC' GROUP BY slot_id) e
                    WHERE t.id = e.slot_id),
                referral_units AS (
                    UPDATE slot t SET referral_taken = t.referral_taken - e.n,
                        public_capacity = t.public_capacity + CASE WHEN t.referral_released THEN e.n ELSE 0 END,
                        referral_capacity = t.referral_capacity - CASE WHEN t.referral_released THEN e.n ELSE 0 END
                    FROM (SELECT slot_id, count(*) AS n FROM expired WHERE pool = 'REFERRAL' GROUP BY slot_id) e
                    WHERE t.id = e.slot_id)
                SELECT e.id, e.schedule_id, e.slot_id, e.person_id,
                       e.pool = 'PUBLIC' OR (SELECT t.referral_released FROM slot t WHERE t.id = e.slot_id),
                       e.referral_id IS NOT NULL
                FROM expired e
                """, Object[].class).setParameter("now", now).getResultList())
                .flatMap(rows -> referralLinks.bookingsEnded(rows.stream().filter(row -> (Boolean) row[5])
                        .map(row -> (UUID) row[0]).toList(), "HOLD_EXPIRED")
                        .replaceWith(rows.stream().map(row -> new Returned((UUID) row[1], (UUID) row[2], (UUID) row[3],
                                (Boolean) row[4])).toList()));
    }
}
