package io.jiayi.booking.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemException;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;

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
    private final Pool database;

    public SlotDirectory(@CacheName("slot-facts") Cache facts, Pool database) {
        this.facts = facts;
        this.database = database;
    }

    public Uni<SlotFacts> facts(UUID slotId) {
        return facts.getAsync(slotId, this::lookUp);
    }

    public Uni<UUID> scheduleOf(UUID slotId) {
        return facts(slotId).map(SlotFacts::scheduleId);
    }

    /** Facts read with others (the slots a release is about to open), remembered as a look-up would have them. */
    void remember(SlotFacts found) {
        facts.as(CaffeineCache.class).put(found.slotId(), CompletableFuture.completedFuture(found));
    }

    /** A clinic moved: its slots' times changed. */
    public Uni<Void> forgetAll() {
        return facts.invalidateAll();
    }

    /**
     * One statement on the pool, without a Hibernate session: at a release the first wave's
     * requests for a slot not yet remembered all wait for this lookup.
     */
    Uni<SlotFacts> lookUp(UUID slotId) {
        return database.preparedQuery("""
                SELECT t.schedule_id, s.institution_id, t.starts_at, s.clinic_date
                FROM slot t JOIN schedule s ON s.id = t.schedule_id WHERE t.id = $1""")
                .execute(Tuple.of(slotId))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    if (!found.hasNext()) {
                        throw ProblemException.notFound("slot");
                    }
                    Row row = found.next();
                    return new SlotFacts(slotId, row.getUUID(0), row.getUUID(1), row.getOffsetDateTime(2).toInstant(),
                            row.getLocalDate(3));
                });
    }
}
