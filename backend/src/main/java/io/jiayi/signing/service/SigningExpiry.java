package io.jiayi.signing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Closes what time has run out on: applications without an answer expire, signings past their
 * term lapse (and leave the doctor's panel). Each step is one conditional update, so several
 * instances running it at once change each row once.
 */
@ApplicationScoped
public class SigningExpiry {

    private static final Logger LOG = Logger.getLogger(SigningExpiry.class);

    public record Result(int expiredApplications, int lapsedSignings) {
    }

    private final Clock clock;

    public SigningExpiry(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(every = "${jiayi.signing.expiry-interval:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().invoke(result -> {
            if (result.expiredApplications() + result.lapsedSignings() > 0) {
                LOG.infof("Signing expiry: %d applications expired, %d signings lapsed", result.expiredApplications(),
                        result.lapsedSignings());
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Result> run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                WITH expired AS (
                    UPDATE signing_application SET status = 'EXPIRED', decided_at = :now
                    WHERE status = 'PENDING' AND expires_at <= :now RETURNING id),
                members AS (
                    UPDATE signing SET status = 'EXPIRED', ended_at = :now, updated_at = :now
                    WHERE status = 'PENDING' AND application_id IN (SELECT id FROM expired) RETURNING id)
                INSERT INTO signing_event (id, signing_id, at, actor_kind, from_status, to_status, reason)
                SELECT gen_random_uuid(), id, :now, 'SYSTEM', 'PENDING', 'EXPIRED', 'no answer in time' FROM members
                """).setParameter("now", now).executeUpdate()
                .flatMap(expired -> session.createNativeQuery("""
                        WITH lapsed AS (
                            UPDATE signing SET status = 'LAPSED', ended_at = :now, updated_at = :now
                            WHERE status = 'ACTIVE' AND ends_on < :today RETURNING id, doctor_id),
                        panels AS (
                            UPDATE doctor_panel p SET signed_count = p.signed_count - l.n, updated_at = :now
                            FROM (SELECT doctor_id, count(*) AS n FROM lapsed GROUP BY doctor_id) l
                            WHERE p.doctor_id = l.doctor_id)
                        INSERT INTO signing_event (id, signing_id, at, actor_kind, from_status, to_status, reason)
                        SELECT gen_random_uuid(), id, :now, 'SYSTEM', 'ACTIVE', 'LAPSED', 'term ended' FROM lapsed
                        """).setParameter("now", now).setParameter("today", today).executeUpdate()
                        .map(lapsed -> new Result(expired, lapsed))));
    }
}
