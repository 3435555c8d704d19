package io.jiayi.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.BookingConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Remembers the facts of the slots a release is about to open, shortly before it opens, so that
 * the first wave's locks - where every winner of a popular release is - go straight to the gate
 * instead of each slot's first lock looking its facts up in PostgreSQL while the rest wait. Apps
 * that poll a slot's availability have it remembered too; this covers the slots nobody polled.
 */
@ApplicationScoped
public class OpeningSlots {

    /**
     * How far ahead: the facts are remembered for a minute after they are written (cache
     * {@code slot-facts}), and the job runs every 20 seconds, so a slot is remembered 20 to 40
     * seconds before it opens and stays remembered for 20 to 40 seconds after.
     */
    static final Duration AHEAD = Duration.ofSeconds(40);

    /** A slot opens at the institution's release time (or the district's default) horizon days before its clinic. */
    private static final String OPENING = """
            SELECT t.id, t.schedule_id, s.institution_id, t.starts_at, s.clinic_date
            FROM schedule s
            LEFT JOIN booking_rule r ON r.institution_id = s.institution_id
            JOIN slot t ON t.schedule_id = s.id
            WHERE s.clinic_date BETWEEN CAST($1 AS date) AND CAST($2 AS date) AND s.status = 'OPEN'
              AND ((s.clinic_date - coalesce(r.horizon_days, CAST($3 AS integer)))
                   + coalesce(r.release_time, CAST($4 AS time))) AT TIME ZONE CAST($5 AS text)
                  BETWEEN CAST($6 AS timestamptz) AND CAST($7 AS timestamptz)""";

    private final Pool database;
    private final SlotDirectory slots;
    private final BookingConfig config;
    private final Clock clock;

    public OpeningSlots(Pool database, SlotDirectory slots, BookingConfig config, Clock clock) {
        this.database = database;
        this.slots = slots;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${jiayi.booking.opening-slots-interval:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return rememberOpeningAfter(clock.instant()).replaceWithVoid();
    }

    /** Remembers the slots that open after {@code now} and within {@link #AHEAD}; returns how many. */
    public Uni<Integer> rememberOpeningAfter(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // A horizon is 1 to 90 days, and a release within the next minute may fall on tomorrow.
        Tuple arguments = Tuple.tuple().addValue(today.plusDays(1)).addValue(today.plusDays(91))
                .addValue(config.defaultHorizonDays()).addValue(config.defaultReleaseTime())
                .addValue(clock.getZone().getId()).addValue(now.atOffset(ZoneOffset.UTC))
                .addValue(now.plus(AHEAD).atOffset(ZoneOffset.UTC));
        return database.preparedQuery(OPENING).execute(arguments).map(rows -> {
            int remembered = 0;
            for (Row row : rows) {
                slots.remember(new SlotDirectory.SlotFacts(row.getUUID(0), row.getUUID(1), row.getUUID(2),
                        row.getOffsetDateTime(3).toInstant(), row.getLocalDate(4)));
                remembered++;
            }
            return remembered;
        });
    }
}
