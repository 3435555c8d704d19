package io.jiayi.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.impl.NoStackTraceThrowable;

/** Which failures are a backing service out of reach (503, try again) and which stay unexpected (500). */
class OutageTest {

    @Test
    void aRefusedConnectionWrappedByTheReactiveStackIsAnOutage() {
        assertTrue(Outage.of(new CompletionException(new IllegalStateException("pool",
                new ConnectException("Connection refused")))));
    }

    @Test
    void aConnectionClosedUnderACommandIsAnOutage() {
        assertTrue(Outage.of(new NoStackTraceThrowable("Connection is closed")));
        assertTrue(Outage.of(new ClosedChannelException()));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAnOutage() {
        assertTrue(Outage.of(new io.smallrye.mutiny.TimeoutException()));
        assertTrue(Outage.of(new CompletionException(new java.util.concurrent.TimeoutException())));
    }

    @Test
    void aRedisConnectionCarryingAllTheCommandsItMayIsAnOutage() {
        assertTrue(Outage.of(new NoStackTraceThrowable("Redis waiting queue is full")));
    }

    @Test
    void aFailureOfTheAppItselfIsNotAnOutage() {
        assertFalse(Outage.of(new IllegalStateException("unknown hold outcome X")));
        assertFalse(Outage.of(new NullPointerException()));
    }

    @Test
    void aCauseChainThatLoopsEndsTheSearch() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);
        assertFalse(Outage.of(first));
    }
}
