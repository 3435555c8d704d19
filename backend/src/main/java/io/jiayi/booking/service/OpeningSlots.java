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

    /**
     * A slot opens at its institution's release time (or the district's default), horizon days
     * before its clinic: {@code ReleasePolicy.opensAt} with the rules {@code BookingRules.inForce}
     * gives, in SQL, so that one statement finds every institution's opening slots. From each
     * institution and the two release days the window can touch, straight to its schedules of the
     * day that opens (their index), not a scan of every schedule ahead.
     */
    private static final String OPENING = """
            SELECT t.id, t.schedule_id, s.institution_id, t.starts_at, s.clinic_date
            FROM institution i
            LEFT JOIN booking_rule r ON r.institution_id = i.id
            CROSS JOIN (VALUES (CAST($1 AS date)), (CAST($1 AS date) + 1)) AS d (release_day)
            JOIN schedule s ON s.institution_id = i.id
                           AND s.clinic_date = d.release_day + coalesce(r.horizon_days, CAST($2 AS integer))
            JOIN slot t ON t.schedule_id = s.id
            WHERE s.status = 'OPEN'
              AND (d.release_day + coalesce(r.release_time, CAST($3 AS time))) AT TIME ZONE CAST($4 AS text)
                  BETWEEN CAST($5 AS timestamptz) AND CAST($6 AS timestamptz)""";

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
        // A release within the next 40 seconds may fall on tomorrow: the query looks at both days.
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Tuple arguments = Tuple.tuple().addValue(today)
                .addValue(config.defaultHorizonDays()).addValue(config.defaultReleaseTime())
                .addValue(clock.getZone().getId())
                .addValue(now.atOffset(ZoneOffset.UTC)).addValue(now.plus(AHEAD).atOffset(ZoneOffset.UTC));
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
