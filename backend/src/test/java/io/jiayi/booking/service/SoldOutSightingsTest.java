package io.jiayi.booking.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SoldOutSightingsTest {

    /** A clock that stands still until told to move. */
    private static final class StandingClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final StandingClock clock = new StandingClock();
    private final SoldOutSightings sightings = new SoldOutSightings(clock);

    @Test
    void aSightingCountsForOneSecond() {
        UUID slot = UUID.randomUUID();
        assertFalse(sightings.lately(slot));
        sightings.saw(slot);
        clock.advance(Duration.ofMillis(999));
        assertTrue(sightings.lately(slot));
        clock.advance(Duration.ofMillis(1));
        assertFalse(sightings.lately(slot));
    }

    @Test
    void refusalsKeepARaceOnTheGateFirstRouteWithoutRewritingEveryTime() {
        UUID slot = UUID.randomUUID();
        sightings.saw(slot);
        // Within half a second a refusal does not renew the sighting ...
        clock.advance(Duration.ofMillis(400));
        sightings.saw(slot);
        clock.advance(Duration.ofMillis(600));
        assertFalse(sightings.lately(slot));
        // ... after it, one does: a race refused without pause stays on the route.
        sightings.saw(slot);
        clock.advance(Duration.ofMillis(600));
        sightings.saw(slot);
        clock.advance(Duration.ofMillis(900));
        assertTrue(sightings.lately(slot));
    }

    @Test
    void oldSightingsMakeRoomWhenTheMapIsFull() {
        for (int i = 0; i < 10_000; i++) {
            sightings.saw(UUID.randomUUID());
        }
        UUID crowdedOut = UUID.randomUUID();
        sightings.saw(crowdedOut);
        assertFalse(sightings.lately(crowdedOut), "ten thousand fresh sightings leave no room");
        clock.advance(Duration.ofSeconds(1));
        UUID next = UUID.randomUUID();
        sightings.saw(next);
        assertTrue(sightings.lately(next), "the stale ones were dropped for it");
    }
}
