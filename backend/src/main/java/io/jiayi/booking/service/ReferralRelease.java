package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;

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

    private final BookingConfig config;
    private final Clock clock;

    public ReferralRelease(BookingConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${jiayi.booking.referral-release-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Returns the number of slots whose referral units were released. */
    @WithTransaction
    public Uni<Integer> run() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).plus(config.referralReleaseBefore());
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE slot SET public_capacity = public_capacity + (referral_capacity - referral_taken),
                                referral_capacity = referral_taken, referral_released = true
                WHERE NOT referral_released AND starts_at <= :cutoff""")
                .setParameter("cutoff", cutoff).executeUpdate());
    }
}
