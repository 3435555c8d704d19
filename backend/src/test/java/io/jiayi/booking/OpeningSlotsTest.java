package io.jiayi.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jiayi.booking.service.BookingRules;
import io.jiayi.booking.service.OpeningSlots;
import io.jiayi.booking.service.SlotDirectory.SlotFacts;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.OnVertx;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;

/** The slots a release is about to open are remembered before it opens, so its first locks look nothing up. */
@QuarkusTest
class OpeningSlotsTest {

    @Inject
    OpeningSlots opening;

    @Inject
    BookingRules rules;

    @Inject
    @CacheName("slot-facts")
    Cache facts;

    @Test
    void theSlotsOfTheDayAReleaseOpensAreRememberedJustBeforeItAndNoOthers() throws Exception {
        LocalDate day = BookingFixtures.inDays(3);
        Map<String, String> opens = BookingFixtures.clinic(day, 2);
        Map<String, String> dayAfter = BookingFixtures.clinic(day.plusDays(1), 2);
        UUID tongren = UUID.fromString(Directory.institutionId("HOSP-TONGREN"));
        BookingRules.BookingWindow window = OnVertx.await(() -> rules.window(tongren));
        Instant opensAt = ReleasePolicy.opensAt(day, window.horizonDays(), window.releaseTime(),
                MutableClock.get().getZone());

        // Ten minutes before: too early (the facts are kept a minute).
        OnVertx.await(() -> opening.rememberOpeningAfter(opensAt.minusSeconds(600)));
        assertFalse(remembered().contains(UUID.fromString(opens.get("slot1"))));

        int count = OnVertx.await(() -> opening.rememberOpeningAfter(opensAt.minusSeconds(30)));

        assertTrue(count >= 2, "at least this clinic's slots: " + count);
        Set<Object> remembered = remembered();
        assertTrue(remembered.contains(UUID.fromString(opens.get("slot1"))));
        assertTrue(remembered.contains(UUID.fromString(opens.get("slot2"))));
        assertFalse(remembered.contains(UUID.fromString(dayAfter.get("slot1"))), "the next day opens a day later");
        CompletableFuture<SlotFacts> found = facts.as(CaffeineCache.class)
                .<SlotFacts> getIfPresent(UUID.fromString(opens.get("slot1")));
        SlotFacts slot = found.get();
        assertEquals(UUID.fromString(opens.get("schedule")), slot.scheduleId());
        assertEquals(tongren, slot.institutionId());
        assertEquals(day, slot.clinicDate());
        assertEquals(day.atTime(8, 0).atZone(MutableClock.get().getZone()).toInstant(), slot.startsAt());
    }

    private Set<Object> remembered() {
        return facts.as(CaffeineCache.class).keySet();
    }
}
