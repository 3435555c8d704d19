package io.jiayi.common.ratelimit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.redis.EventLoopRedis;
import io.jiayi.common.redis.LuaScript;
import io.smallrye.mutiny.Uni;

/**
 * Token buckets in Redis, one script call per bucket: a bucket holds up to {@code capacity}
 * tokens and regains {@code perMinute} a minute; a request takes one. Time comes from the
 * service's clock, so tests move it instead of waiting.
 */
@ApplicationScoped
public class RateLimiter {

    /** One bucket to take from: a key (e.g. {@code account:<id>}) and its size and refill. */
    public record Bucket(String key, int capacity, int perMinute) {
    }

    /** What is left of the tightest bucket, for the RateLimit headers. */
    public record Quota(int limit, int remaining, long resetSeconds) {
    }

    private static final LuaScript TAKE = new LuaScript("""
            -- KEYS: bucket; ARGV: now ms, capacity, tokens per minute
            local now = tonumber(ARGV[1]); local capacity = tonumber(ARGV[2]); local rate = tonumber(ARGV[3]) / 60000
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1] or ARGV[2]); local at = tonumber(state[2] or ARGV[1])
            if now > at then tokens = math.min(capacity, tokens + (now - at) * rate) end
            local allowed = 0
            if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(now, at)))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 60000)
            local wait = 0
            if allowed == 0 then wait = math.ceil((1 - tokens) / rate) end
            return {allowed, math.floor(tokens), wait, math.ceil((capacity - tokens) / rate)}
            """);

    private final EventLoopRedis redis;
    private final Clock clock;

    public RateLimiter(EventLoopRedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Takes a token from every bucket, or fails with a 429 problem naming when to retry. The
     * buckets are asked at once, not one after the other (one round trip instead of three on a
     * lock's path; each bucket is a key of its own, so one script could not hold them on a
     * cluster): a refused request still spends its token in the other buckets, as it would have
     * in the buckets before the one that refused it.
     */
    public Uni<Quota> take(List<Bucket> buckets) {
        long now = clock.millis();
        List<Uni<Taken>> takes = buckets.stream().map(bucket -> TAKE.run(redis, List.of("rl:" + bucket.key()),
                List.of(Long.toString(now), Integer.toString(bucket.capacity()), Integer.toString(bucket.perMinute())))
                .map(reply -> new Taken(reply.get(0).toInteger() == 1,
                        new Quota(bucket.capacity(), reply.get(1).toInteger(), (reply.get(3).toLong() + 999) / 1000),
                        Math.max(1, (reply.get(2).toLong() + 999) / 1000))))
                .toList();
        return Uni.join().all(takes).andFailFast().map(RateLimiter::decide);
    }

    private record Taken(boolean allowed, Quota quota, long retryAfterSeconds) {
    }

    /** The tightest bucket's quota; the longest wait of the buckets that refused. */
    private static Quota decide(List<Taken> taken) {
        Taken tightest = null;
        Taken longestRefusal = null;
        for (Taken one : taken) {
            if (tightest == null || one.quota().remaining() < tightest.quota().remaining()) {
                tightest = one;
            }
            if (!one.allowed() && (longestRefusal == null || one.retryAfterSeconds() > longestRefusal.retryAfterSeconds())) {
                longestRefusal = one;
            }
        }
        if (longestRefusal != null) {
            long retry = longestRefusal.retryAfterSeconds();
            Quota quota = longestRefusal.quota();
            throw new ProblemException(ProblemCode.RATE_LIMITED, Map.of("retryAfterSeconds", retry),
                    Map.of("Retry-After", Long.toString(retry),
                            "RateLimit-Limit", Integer.toString(quota.limit()),
                            "RateLimit-Remaining", "0",
                            "RateLimit-Reset", Long.toString(quota.resetSeconds())),
                    Long.toString(retry));
        }
        return tightest == null ? null : tightest.quota();
    }
}
