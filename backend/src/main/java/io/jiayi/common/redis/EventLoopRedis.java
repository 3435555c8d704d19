package io.jiayi.common.redis;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.netty.channel.EventLoop;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.ContextInternal;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;

/**
 * Redis for the calls a release makes by the thousand (the gate, the rate limits, a key's claim):
 * one pooled client per event loop, each client's connections on its own loop.
 *
 * <p>Vert.x's pooled Redis client binds every connection to the event loop it was created on, so
 * with the one default client every reply of a surge was read on one of the two event loops, which
 * then handed the other loop's requests their replies as tasks (a flight recording of a surge: 59 % of
 * the samples on the first loop, 41 % on the second, every reply read on the first). A client per
 * loop reads a reply on the loop of the request that sent it, which goes on at once. Off an event
 * loop (start-up, workers) the default client serves.
 */
@Singleton
public class EventLoopRedis {

    private final ReactiveRedisDataSource shared;
    private final RedisOptionsCapture captured;
    private final io.vertx.mutiny.core.Vertx vertx;
    private final ConcurrentHashMap<EventLoop, Redis> perLoop = new ConcurrentHashMap<>();

    public EventLoopRedis(ReactiveRedisDataSource shared, RedisOptionsCapture captured, io.vertx.mutiny.core.Vertx vertx) {
        this.shared = shared;
        this.captured = captured;
        this.vertx = vertx;
    }

    public Uni<Response> send(Request request) {
        return client().send(request);
    }

    /** The client for the calling thread's event loop; the default one off the loops. */
    Redis client() {
        ContextInternal context = ContextInternal.current();
        RedisOptions options = captured.options();
        if (context == null || !context.isEventLoopContext() || options == null) {
            // Also the first call of all, which builds the default client and so its options.
            return shared.getRedis();
        }
        return perLoop.computeIfAbsent(context.nettyEventLoop(), loop -> createOn(context.unwrap(), options));
    }

    /**
     * A client made on the loop's own context (not a request's duplicate, whose locals it would
     * keep), so its pool opens every connection on that loop.
     */
    private Redis createOn(ContextInternal loop, RedisOptions options) {
        Redis[] created = new Redis[1];
        loop.dispatch(() -> created[0] = Redis.createClient(vertx, new RedisOptions(options)));
        return created[0];
    }

    @PreDestroy
    void close() {
        perLoop.values().forEach(Redis::close);
    }
}
