package io.jiayi.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * The slots this instance heard the gate call sold out within the last second (cache
 * {@code sold-out-sightings}, bounded in size). It only chooses a lock's route: a slot not seen
 * sold out sends the key's claim with the gate, a round trip less for whoever wins it; one seen
 * sold out asks the gate alone first, as nearly every lock at a release meets "sold out". A
 * wrong guess costs a round trip, never a wrong answer: the gate decides either way.
 */
@ApplicationScoped
public class SoldOutSightings {

    /** Long enough to cover a release's race, short enough that a returned unit is soon raced for again. */
    static final Duration REMEMBERED = Duration.ofSeconds(1);

    private final CaffeineCache seen;
    private final Clock clock;

    public SoldOutSightings(@CacheName("sold-out-sightings") Cache seen, Clock clock) {
        this.seen = seen.as(CaffeineCache.class);
        this.clock = clock;
    }

    public void saw(UUID slotId) {
        seen.put(slotId, CompletableFuture.completedFuture(clock.instant()));
    }

    public boolean lately(UUID slotId) {
        CompletableFuture<Object> at = seen.getIfPresent(slotId);
        return at != null && at.getNow(null) instanceof Instant instant && clock.instant().isBefore(instant.plus(REMEMBERED));
    }
}
