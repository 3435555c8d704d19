package io.jiayi.booking.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemException;
import io.jiayi.common.persistence.SqlValues;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What a lock needs to know about a slot before it asks the Redis gate, remembered for a short
 * while (cache {@code slot-facts}), so that requests during a release never reach PostgreSQL
 * before they hold a unit. Slightly old facts are harmless: the transaction that writes a
 * booking checks everything again, and a move forgets them at once.
 */
@ApplicationScoped
public class SlotDirectory {

    /** A slot's schedule, institution and times. */
    public record SlotFacts(UUID slotId, UUID scheduleId, UUID institutionId, Instant startsAt, LocalDate clinicDate) {
    }

    private final Cache facts;

    public SlotDirectory(@CacheName("slot-facts") Cache facts) {
        this.facts = facts;
    }

    public Uni<SlotFacts> facts(UUID slotId) {
        return facts.getAsync(slotId, this::lookUp);
    }

    public Uni<UUID> scheduleOf(UUID slotId) {
        return facts(slotId).map(SlotFacts::scheduleId);
    }

    /** A clinic moved: its slots' times changed. */
    public Uni<Void> forgetAll() {
        return facts.invalidateAll();
    }

    @WithSession
    Uni<SlotFacts> lookUp(UUID slotId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT t.schedule_id, s.institution_id, t.starts_at, s.clinic_date
                FROM slot t JOIN schedule s ON s.id = t.schedule_id WHERE t.id = :slot""", Object[].class)
                .setParameter("slot", slotId).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("slot");
                    }
                    Object[] row = rows.get(0);
                    return new SlotFacts(slotId, (UUID) row[0], (UUID) row[1],
                            SqlValues.offsetDateTime(row[2]).toInstant(), SqlValues.localDate(row[3]));
                });
    }
}
