package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.BookingConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Marks confirmed bookings not checked in by the end of their session as no-shows, and restricts
 * patients with too many of them. Each booking changes in one conditional update, so instances
 * running this at once mark each no-show once; restrictions are decided per patient under a
 * lock, so they are not doubled either.
 */
@ApplicationScoped
public class NoShows {

    public record Result(int noShows, int restricted) {
    }

    private final BookingConfig config;
    private final Clock clock;

    public NoShows(BookingConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${jiayi.booking.no-show-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    @WithTransaction
    public Uni<Result> run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE booking b SET status = 'NO_SHOW', ended_at = :now
                FROM schedule s
                WHERE b.schedule_id = s.id AND b.status = 'CONFIRMED' AND s.ends_at <= :now
                RETURNING b.person_id""", UUID.class).setParameter("now", now).getResultList()
                .flatMap(people -> {
                    Uni<Integer> restricted = Uni.createFrom().item(0);
                    for (UUID person : new LinkedHashSet<>(people)) {
                        restricted = restricted.flatMap(count -> restrictIfDue(session, person, now)
                                .map(added -> count + added));
                    }
                    return restricted.map(count -> new Result(people.size(), count));
                }));
    }

    private Uni<Integer> restrictIfDue(org.hibernate.reactive.mutiny.Mutiny.Session session, UUID person,
            OffsetDateTime now) {
        return session.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:person, 1))")
                .setParameter("person", person.toString()).getSingleResult()
                .flatMap(locked -> session.createNativeQuery("""
                        INSERT INTO booking_restriction (id, person_id, starts_at, ends_at, reason)
                        SELECT :id, :person, :now, :until, 'NO_SHOWS'
                        WHERE (SELECT count(*) FROM booking WHERE person_id = :person AND status = 'NO_SHOW'
                                 AND ended_at > :since) >= :threshold
                          AND NOT EXISTS (SELECT 1 FROM booking_restriction WHERE person_id = :person
                                 AND lifted_at IS NULL AND ends_at > :now)""")
                        .setParameter("id", UUID.randomUUID()).setParameter("person", person).setParameter("now", now)
                        .setParameter("until", now.plus(config.restrictionLength()))
                        .setParameter("since", now.minus(config.noShowWindow()))
                        .setParameter("threshold", (long) config.noShowsToRestrict())
                        .executeUpdate());
    }
}
