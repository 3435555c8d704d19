package io.jiayi.common.error;

import java.util.Set;

/**
 * Recognises a backing service (Redis, PostgreSQL) that could not be reached, closed the
 * connection under a request, or did not answer in time. The request may be sent again a little
 * later, so it is answered 503 with Retry-After: a 500 would tell the app that retrying is no use.
 */
public final class Outage {

    /**
     * Vert.x fails a command with only a message when its connection is closed, or when a Redis
     * connection already carries as many commands as it may. (An immutable set throws on a null
     * lookup, and most failures carry no message: asked only with one.)
     */
    private static final Set<String> MESSAGES = Set.of("Connection is closed", "Connection was closed",
            "Redis waiting queue is full");

    private Outage() {
    }

    /** Whether the failure, or one of its causes, is such an outage. */
    public static boolean of(Throwable failure) {
        return Causes.first(failure, t -> t instanceof java.net.ConnectException
                || t instanceof io.netty.channel.ConnectTimeoutException
                || t instanceof java.nio.channels.ClosedChannelException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof io.smallrye.mutiny.TimeoutException
                || t.getMessage() != null && MESSAGES.contains(t.getMessage()) ? t : null).isPresent();
    }
}
