package io.jiayi.common.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.netty.channel.EventLoop;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

@QuarkusTest
class EventLoopRedisTest {

    @Inject
    EventLoopRedis redis;

    @Inject
    ReactiveRedisDataSource shared;

    @Inject
    Vertx vertx;

    /** What a call on the given context sees: its client and the reply to a PING sent through it. */
    private record Seen(Redis client, String reply) {
    }

    private Seen on(ContextInternal context) throws Exception {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            Redis client = redis.client();
            redis.send(Request.cmd(Command.PING)).subscribe().with(
                    reply -> seen.complete(new Seen(client, reply.toString())), seen::completeExceptionally);
        });
        return seen.get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachEventLoopSendsThroughAClientOfItsOwnAndOffTheLoopsTheDefaultClientServes() throws Exception {
        VertxInternal internal = (VertxInternal) vertx;
        Map<EventLoop, Seen> byLoop = new LinkedHashMap<>();
        // Contexts are handed out over the event loops in turn: enough of them reach every loop.
        for (int i = 0; i < 8; i++) {
            ContextInternal context = internal.createEventLoopContext();
            Seen seen = on(context);
            assertEquals("PONG", seen.reply());
            Seen before = byLoop.putIfAbsent(context.nettyEventLoop(), seen);
            if (before != null) {
                assertSame(before.client(), seen.client(), "one client per loop, made once");
            }
        }
        assertTrue(byLoop.size() > 1, "the app runs more than one event loop: " + byLoop.size());
        Seen[] seen = byLoop.values().toArray(Seen[]::new);
        for (int i = 0; i < seen.length; i++) {
            assertNotSame(shared.getRedis(), seen[i].client(), "a loop's own client, not the default one");
            for (int j = i + 1; j < seen.length; j++) {
                assertNotSame(seen[i].client(), seen[j].client(), "two loops, two clients");
            }
        }
        assertSame(shared.getRedis(), redis.client(), "off the event loops the default client serves");
        assertEquals("PONG", redis.send(Request.cmd(Command.PING)).await().atMost(Duration.ofSeconds(10)).toString());
    }
}
