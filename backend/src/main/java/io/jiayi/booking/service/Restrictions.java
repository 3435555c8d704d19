package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.rest.BookingModels.RestrictionView;
import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Booking restrictions after repeated no-shows: checked at every lock, lifted by staff with a reason. */
@ApplicationScoped
public class Restrictions {

    private final Clock clock;

    public Restrictions(Clock clock) {
        this.clock = clock;
    }

    /** BOOKING_RESTRICTED with the end of the restriction (an instant, and the day residents read). */
    public ProblemException refusal(OffsetDateTime until) {
        return new ProblemException(ProblemCode.BOOKING_RESTRICTED, Map.of("restrictedUntil", until.toInstant().toString()),
                until.atZoneSameInstant(clock.getZone()).toLocalDate().toString());
    }

    @WithSession
    public Uni<List<RestrictionView>> ofPatient(UUID personId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id, starts_at, ends_at, reason, lifted_at, lift_reason FROM booking_restriction
                WHERE person_id = :person ORDER BY starts_at DESC""", Object[].class)
                .setParameter("person", personId).getResultList())
                .map(rows -> rows.stream().map(row -> new RestrictionView(row[0].toString(), personId.toString(),
                        SqlValues.offsetDateTime(row[1]), SqlValues.offsetDateTime(row[2]), (String) row[3], SqlValues.offsetDateTime(row[4]), (String) row[5])).toList());
    }

    /** Staff lift a restriction, saying why; the record stays. */
    @WithTransaction
    public Uni<Void> lift(Caller caller, UUID restrictionId, String reason) {
        if (!caller.staff() && !caller.admin()) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.FORBIDDEN));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE booking_restriction SET lifted_at = :now, lifted_by = :by, lift_reason = :reason
                WHERE id = :id AND lifted_at IS NULL""")
                .setParameter("now", now).setParameter("by", caller.accountId()).setParameter("reason", reason)
                .setParameter("id", restrictionId).executeUpdate())
                .invoke(changed -> {
                    if (changed == 0) {
                        throw ProblemException.notFound("restriction");
                    }
                })
                .replaceWithVoid();
    }
}
