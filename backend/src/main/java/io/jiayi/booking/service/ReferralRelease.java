package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.BookingConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Moves referral units nobody took to the public pool once the clinic is near (24 hours by
 * default). One conditional update: several instances running it at once move each unit once.
 */
@ApplicationScoped
public class ReferralRelease {

    private final GateCounters gateCounters;
    private final BookingConfig config;
    private final Clock clock;

    public ReferralRelease(GateCounters gateCounters, BookingConfig config, Clock clock) {
        this.gateCounters = gateCounters;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${jiayi.booking.referral-release-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Returns the number of slots whose referral units were released; the gate then counts them. */
    public Uni<Integer> run() {
        return releaseInDatabase().flatMap(schedules -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID schedule : new java.util.LinkedHashSet<>(schedules)) {
                chain = chain.flatMap(ignored -> gateCounters.rebuild(schedule));
            }
            return chain.replaceWith(schedules.size());
        });
    }

    @WithTransaction
    Uni<List<UUID>> releaseInDatabase() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).plus(config.referralReleaseBefore());
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE slot SET public_capacity = public_capacity + (referral_capacity - referral_taken),
                                referral_released_units = referral_capacity - referral_taken,
                                referral_capacity = referral_taken, referral_released = true
                WHERE NOT referral_released AND starts_at <= :cutoff
                RETURNING schedule_id""", UUID.class)
                .setParameter("cutoff", cutoff).getResultList());
    }
}
