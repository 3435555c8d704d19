package io.jiayi.booking.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.redis.LuaScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * The admission gate in Redis: counts of the units left per slot, and each schedule's sequence
 * numbers and fencing tokens. It absorbs the race when popular slots open, so PostgreSQL only
 * sees the winners; PostgreSQL still decides. All keys of a schedule share the hash tag
 * {@code {s:<scheduleId>}}, so every script touches one cluster slot.
 *
 * <p>A schedule's counters are usable only once built from PostgreSQL (its {@code ready} key);
 * after a Redis restart they are missing, and a lock is answered "try again" until rebuilt.
 */
@ApplicationScoped
public class SlotGate {

    /** What the gate answered to a take. */
    public sealed interface Take {
    }

    public record Taken(int sequenceNo, long fencingToken) implements Take {
    }

    public record SoldOut() implements Take {
    }

    public record NotReady() implements Take {
    }

    private static final LuaScript TAKE = new LuaScript("""
            -- KEYS: ready, counts, sequence, fence; ARGV: slot field
            if redis.call('EXISTS', KEYS[1]) == 0 then return {'NOT_READY', 0, 0} end
            local left = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
            if left <= 0 then return {'SOLD_OUT', 0, 0} end
            redis.call('HINCRBY', KEYS[2], ARGV[1], -1)
            return {'TAKEN', redis.call('INCR', KEYS[3]), redis.call('INCR', KEYS[4])}
            """);

    private static final LuaScript LEFT = new LuaScript("""
            -- KEYS: ready, counts; ARGV: slot field
            if redis.call('EXISTS', KEYS[1]) == 0 then return false end
            return tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
            """);

    private static final LuaScript GIVE_BACK = new LuaScript("""
            -- KEYS: ready, counts; ARGV: slot field. Only into built counters: a rebuild counts from the database.
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            return redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
            """);

    private static final LuaScript REBUILD = new LuaScript("""
            -- KEYS: ready, counts, sequence; ARGV: highest sequence number used, then slot field / units left pairs
            redis.call('DEL', KEYS[2])
            for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]) end
            local seq = tonumber(redis.call('GET', KEYS[3]) or '0')
            if seq < tonumber(ARGV[1]) then redis.call('SET', KEYS[3], ARGV[1]) end
            redis.call('SET', KEYS[1], '1')
            return 1
            """);

    private final ReactiveRedisDataSource redis;

    public SlotGate(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    public Uni<Take> take(UUID scheduleId, UUID slotId) {
        return TAKE.run(redis, keys(scheduleId, "ready", "counts", "seq", "fence"), List.of(field(slotId)))
                .map(reply -> switch (reply.get(0).toString()) {
                    case "TAKEN" -> new Taken(reply.get(1).toInteger(), reply.get(2).toLong());
                    case "SOLD_OUT" -> new SoldOut();
                    default -> new NotReady();
                });
    }

    /** Units left at the gate, or empty when the schedule's counters are not built. */
    public Uni<java.util.Optional<Integer>> left(UUID scheduleId, UUID slotId) {
        return LEFT.run(redis, keys(scheduleId, "ready", "counts"), List.of(field(slotId)))
                .map(reply -> reply == null ? java.util.Optional.<Integer> empty()
                        : java.util.Optional.of(reply.toInteger()));
    }

    public Uni<Void> giveBack(UUID scheduleId, UUID slotId) {
        return GIVE_BACK.run(redis, keys(scheduleId, "ready", "counts"), List.of(field(slotId))).replaceWithVoid();
    }

    /** Counters of one schedule as PostgreSQL has them: units left per slot, highest sequence number. */
    public record Counts(UUID scheduleId, int highestSequence, List<SlotLeft> slots) {
    }

    public record SlotLeft(UUID slotId, int left) {
    }

    public Uni<Void> rebuild(Counts counts) {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(counts.highestSequence()));
        for (SlotLeft slot : counts.slots()) {
            args.add(field(slot.slotId()));
            args.add(Integer.toString(Math.max(0, slot.left())));
        }
        return REBUILD.run(redis, keys(counts.scheduleId(), "ready", "counts", "seq"), args).replaceWithVoid();
    }

    private static List<String> keys(UUID scheduleId, String... names) {
        List<String> keys = new ArrayList<>(names.length);
        for (String name : names) {
            keys.add("bk:{s:" + scheduleId + "}:" + name);
        }
        return keys;
    }

    private static String field(UUID slotId) {
        return slotId + ":P";
    }
}
