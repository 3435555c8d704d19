package io.jiayi.common.redis;

import jakarta.inject.Singleton;

import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.quarkus.redis.runtime.client.config.RedisConfig;
import io.vertx.redis.client.RedisOptions;

/**
 * Keeps a copy of the options Quarkus built for its default Redis client (hosts, password, TLS,
 * pool sizes and time-outs from {@code quarkus.redis.*}), so that {@link EventLoopRedis} opens its
 * clients exactly as configured. Changes nothing itself.
 */
@Singleton
public class RedisOptionsCapture implements RedisOptionsCustomizer {

    private volatile RedisOptions options;

    @Override
    public void customize(String clientName, RedisOptions built) {
        if (RedisConfig.isDefaultClient(clientName)) {
            options = new RedisOptions(built);
        }
    }

    /** The default client's options, or null until Quarkus has built that client. */
    RedisOptions options() {
        return options;
    }
}
