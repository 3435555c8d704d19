package io.jiayi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.jiayi.common.time.ClockProducer;

/**
 * The service's clock in tests: real time plus an offset that tests move forward, so expiry,
 * lockouts and quotas are tested without sleeping. It never moves back, because all tests
 * share one running service.
 */
@Singleton
public class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public static MutableClock get() {
        return io.quarkus.arc.Arc.container().instance(MutableClock.class).get();
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the shared clock only moves forward");
        }
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Moves to {@code time} on the next day, to keep a test clear of a day boundary. */
    public void advanceToTomorrowAt(LocalTime time) {
        LocalDate tomorrow = LocalDate.now(this).plusDays(1);
        Instant target = tomorrow.atTime(time).atZone(getZone()).toInstant();
        advance(Duration.between(instant(), target));
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
