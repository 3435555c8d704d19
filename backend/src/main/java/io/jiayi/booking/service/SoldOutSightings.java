package io.jiayi.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The slots this instance heard the gate call sold out within the last second. It only chooses a
 * lock's route: a slot not seen sold out sends the key's claim with the gate, a round trip less
 * for whoever wins it; one seen sold out asks the gate alone first, as nearly every lock at a
 * release meets "sold out". A wrong guess costs a round trip, never a wrong answer: the gate
 * decides either way.
 * <p>
 * A plain map, not a Quarkus cache: at a release thousands of refusals a second see one slot sold
 * out, and a Caffeine async cache tells its listeners of every replaced value on a thread of its
 * own (on two cores, a new thread each time), which cost the surge three quarters of its throughput.
 */
@ApplicationScoped
public class SoldOutSightings {

    /** Long enough to cover a release's race, short enough that a returned unit is soon raced for again. */
    static final Duration REMEMBERED = Duration.ofSeconds(1);
    /** A sighting younger than this is not written again: the refusals of a race read, they do not write. */
    private static final Duration RENEWED_AFTER = REMEMBERED.dividedBy(2);
    /** Slots sold out within a second, far more than a district releases at once; bounds the memory. */
    private static final int MOST = 10_000;

    private final ConcurrentHashMap<UUID, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public SoldOutSightings(Clock clock) {
        this.clock = clock;
    }

    public void saw(UUID slotId) {
        Instant now = clock.instant();
        Instant last = seen.get(slotId);
        if (last != null && now.isBefore(last.plus(RENEWED_AFTER))) {
            return;
        }
        if (last == null && seen.size() >= MOST) {
            seen.values().removeIf(at -> !now.isBefore(at.plus(REMEMBERED)));
            if (seen.size() >= MOST) {
                return;
            }
        }
        seen.put(slotId, now);
    }

    public boolean lately(UUID slotId) {
        Instant at = seen.get(slotId);
        return at != null && clock.instant().isBefore(at.plus(REMEMBERED));
    }
}
