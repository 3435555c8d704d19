package io.jiayi.booking.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.redis.EventLoopRedis;
import io.jiayi.common.redis.LuaScript;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The admission gate in Redis. It absorbs the race when popular slots open, so PostgreSQL only
 * sees the winners; PostgreSQL still decides. Per schedule it keeps the units left per slot, who
 * holds a unit (one per patient and schedule, which is the per-doctor-per-day limit), the
 * waitlists (候补) and whether the clinic is closed, plus the sequence numbers (就诊序号) and
 * fencing tokens. One script decides each change, so a unit coming back goes either to the first
 * person waiting or to the pool, never to both.
 *
 * <p>All keys of a schedule share the hash tag {@code {s:<scheduleId>}}, so every script touches
 * one cluster slot (the per-slot waitlist keys are named inside the scripts, with the same tag).
 * A schedule's keys are usable only once built from PostgreSQL (its {@code ready} key); after a
 * Redis restart they are missing, and a lock is answered "try again" until rebuilt.
 */
@ApplicationScoped
public class SlotGate {

    /** What the gate answered to a take. */
    public sealed interface Take {
    }

    /**
     * A unit with its sequence number and fencing token; {@code wasWaiting}: the patient gave up a
     * waitlist place in the schedule (PostgreSQL closes that wait too).
     */
    public record Taken(int sequenceNo, long fencingToken, boolean wasWaiting) implements Take {
    }

    public record SoldOut() implements Take {
    }

    public record NotReady() implements Take {
    }

    public record Closed(ProblemCode reason) implements Take {
    }

    /** The patient already holds a unit of this schedule, in the given slot. */
    public record Holding(UUID slotId) implements Take {
    }

    /** What became of a unit given back. */
    public sealed interface Return {
    }

    public record ToPool() implements Return {
    }

    /** The first person waiting for the slot got the unit. */
    public record Handed(UUID scheduleId, UUID slotId, UUID patientId, int sequenceNo, long fencingToken) implements Return {
    }

    /** What the gate answered to joining a waitlist. */
    public sealed interface Join {
    }

    public record Joined(int position) implements Join {
    }

    public record Refused(ProblemCode reason) implements Join {
    }

    private static final LuaScript TAKE = new LuaScript("""
            -- ARGV: prefix, slot, patient
            local p = ARGV[1]
            if redis.call('EXISTS', p .. 'ready') == 0 then return {'NOT_READY'} end
            local slot, patient = ARGV[2], ARGV[3]
            local closed = redis.call('GET', p .. 'closed')
            if closed then return {'CLOSED', closed} end
            local held = redis.call('HGET', p .. 'holders', patient)
            if held then return {'HOLDING', held} end
            local left = tonumber(redis.call('HGET', p .. 'counts', slot) or '0')
            if left <= 0 then return {'SOLD_OUT'} end
            redis.call('HINCRBY', p .. 'counts', slot, -1)
            redis.call('HSET', p .. 'holders', patient, slot)
            local waited = redis.call('HGET', p .. 'waiting', patient)
            if waited then
              redis.call('ZREM', p .. 'wait:' .. waited, patient)
              redis.call('HDEL', p .. 'waiting', patient)
            end
            return {'TAKEN', redis.call('INCR', p .. 'seq'), redis.call('INCR', p .. 'fence'), waited and 1 or 0}
            """);

    private static final LuaScript TAKE_REFERRAL = new LuaScript("""
            -- ARGV: prefix, slot, patient. A referral unit: PostgreSQL counts the referral pool (its
            -- conditional update decides); the gate checks the clinic and the patient and numbers the unit.
            local p = ARGV[1]
            if redis.call('EXISTS', p .. 'ready') == 0 then return {'NOT_READY'} end
            local slot, patient = ARGV[2], ARGV[3]
            local closed = redis.call('GET', p .. 'closed')
            if closed then return {'CLOSED', closed} end
            local held = redis.call('HGET', p .. 'holders', patient)
            if held then return {'HOLDING', held} end
            redis.call('HSET', p .. 'holders', patient, slot)
            return {'TAKEN', redis.call('INCR', p .. 'seq'), redis.call('INCR', p .. 'fence')}
            """);

    private static final LuaScript RELEASE = new LuaScript("""
            -- ARGV: prefix, slot, patient. A referral unit went back to the referral pool: only the holder goes.
            local p = ARGV[1]
            if redis.call('HGET', p .. 'holders', ARGV[3]) == ARGV[2] then redis.call('HDEL', p .. 'holders', ARGV[3]) end
            return 1
            """);

    private static final LuaScript LEFT = new LuaScript("""
            -- ARGV: prefix, slot
            local p = ARGV[1]
            if redis.call('EXISTS', p .. 'ready') == 0 then return false end
            return tonumber(redis.call('HGET', p .. 'counts', ARGV[2]) or '0')
            """);

    private static final LuaScript GIVE_BACK = new LuaScript("""
            -- ARGV: prefix, slot, patient who gave the unit back ('' for none). Only into built counters:
            -- a rebuild counts from the database. While the clinic is closed nobody is handed a unit.
            local p = ARGV[1]
            if redis.call('EXISTS', p .. 'ready') == 0 then return {'NOT_READY'} end
            local slot, patient = ARGV[2], ARGV[3]
            if patient ~= '' and redis.call('HGET', p .. 'holders', patient) == slot then
              redis.call('HDEL', p .. 'holders', patient)
            end
            if not redis.call('GET', p .. 'closed') then
              local first = redis.call('ZRANGE', p .. 'wait:' .. slot, 0, 0)[1]
              if first then
                redis.call('ZREM', p .. 'wait:' .. slot, first)
                redis.call('HDEL', p .. 'waiting', first)
                redis.call('HSET', p .. 'holders', first, slot)
                return {'HANDED', first, redis.call('INCR', p .. 'seq'), redis.call('INCR', p .. 'fence')}
              end
            end
            redis.call('HINCRBY', p .. 'counts', slot, 1)
            return {'TO_POOL'}
            """);

    private static final LuaScript JOIN = new LuaScript("""
            -- ARGV: prefix, slot, patient, place in line (from PostgreSQL, so both keep one order).
            -- Only for a sold-out slot; one waitlist per patient and schedule.
            local p = ARGV[1]
            if redis.call('EXISTS', p .. 'ready') == 0 then return {'NOT_READY'} end
            local slot, patient = ARGV[2], ARGV[3]
            local closed = redis.call('GET', p .. 'closed')
            if closed then return {'CLOSED', closed} end
            if redis.call('HEXISTS', p .. 'holders', patient) == 1 then return {'HOLDING'} end
            if redis.call('HEXISTS', p .. 'waiting', patient) == 1 then return {'WAITING'} end
            if tonumber(redis.call('HGET', p .. 'counts', slot) or '0') > 0 then return {'UNITS_LEFT'} end
            redis.call('ZADD', p .. 'wait:' .. slot, ARGV[4], patient)
            redis.call('HSET', p .. 'waiting', patient, slot)
            return {'JOINED', redis.call('ZRANK', p .. 'wait:' .. slot, patient) + 1}
            """);

    private static final LuaScript LEAVE = new LuaScript("""
            -- ARGV: prefix, slot, patient
            local p, slot, patient = ARGV[1], ARGV[2], ARGV[3]
            if redis.call('HGET', p .. 'waiting', patient) ~= slot then return 0 end
            redis.call('HDEL', p .. 'waiting', patient)
            return redis.call('ZREM', p .. 'wait:' .. slot, patient)
            """);

    private static final LuaScript CLOSE = new LuaScript("""
            -- ARGV: prefix, reason. Closing also ends the waitlists: nobody is handed a unit any more.
            local p = ARGV[1]
            local waiting = redis.call('HGETALL', p .. 'waiting')
            for i = 2, #waiting, 2 do redis.call('DEL', p .. 'wait:' .. waiting[i]) end
            redis.call('DEL', p .. 'waiting')
            redis.call('SET', p .. 'closed', ARGV[2])
            return 1
            """);

    private static final LuaScript REBUILD = new LuaScript("""
            -- ARGV: prefix, highest sequence number used, closed reason or '', then three counted lists:
            -- slot / units left, patient / slot held, slot / patient / place in line (waiting). Units left
            -- while people wait (a crash between give-back and hand-out) are handed out here.
            local p = ARGV[1]
            local old = redis.call('HGETALL', p .. 'waiting')
            for i = 2, #old, 2 do redis.call('DEL', p .. 'wait:' .. old[i]) end
            redis.call('DEL', p .. 'counts', p .. 'holders', p .. 'waiting')
            local seq = tonumber(redis.call('GET', p .. 'seq') or '0')
            if seq < tonumber(ARGV[2]) then redis.call('SET', p .. 'seq', ARGV[2]) end
            local closed = ARGV[3]
            if closed == '' then redis.call('DEL', p .. 'closed') else redis.call('SET', p .. 'closed', closed) end
            local i = 4
            local slots = {}
            local n = tonumber(ARGV[i]); i = i + 1
            for _ = 1, n do
              slots[#slots + 1] = ARGV[i]
              redis.call('HSET', p .. 'counts', ARGV[i], ARGV[i + 1]); i = i + 2
            end
            n = tonumber(ARGV[i]); i = i + 1
            for _ = 1, n do redis.call('HSET', p .. 'holders', ARGV[i], ARGV[i + 1]); i = i + 2 end
            n = tonumber(ARGV[i]); i = i + 1
            for _ = 1, n do
              if closed == '' then
                redis.call('ZADD', p .. 'wait:' .. ARGV[i], ARGV[i + 2], ARGV[i + 1])
                redis.call('HSET', p .. 'waiting', ARGV[i + 1], ARGV[i])
              end
              i = i + 3
            end
            local handed = {}
            if closed == '' then
              for _, slot in ipairs(slots) do
                local left = tonumber(redis.call('HGET', p .. 'counts', slot))
                while left > 0 do
                  local first = redis.call('ZRANGE', p .. 'wait:' .. slot, 0, 0)[1]
                  if not first then break end
                  redis.call('ZREM', p .. 'wait:' .. slot, first)
                  redis.call('HDEL', p .. 'waiting', first)
                  redis.call('HSET', p .. 'holders', first, slot)
                  left = left - 1
                  redis.call('HSET', p .. 'counts', slot, left)
                  handed[#handed + 1] = slot
                  handed[#handed + 1] = first
                  handed[#handed + 1] = redis.call('INCR', p .. 'seq')
                  handed[#handed + 1] = redis.call('INCR', p .. 'fence')
                end
              end
            end
            redis.call('SET', p .. 'ready', '1')
            return handed
            """);

    private final EventLoopRedis redis;

    public SlotGate(EventLoopRedis redis) {
        this.redis = redis;
    }

    public Uni<Take> take(UUID scheduleId, UUID slotId, UUID patientId) {
        return TAKE.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString(), patientId.toString()))
                .map(SlotGate::take);
    }

    private static Take take(Response reply) {
        return switch (reply.get(0).toString()) {
            // A referral take leaves waits alone, so PostgreSQL looks for one.
            case "TAKEN" -> new Taken(reply.get(1).toInteger(), reply.get(2).toLong(),
                    reply.size() < 4 || reply.get(3).toInteger() == 1);
            case "SOLD_OUT" -> new SoldOut();
            case "CLOSED" -> new Closed(ProblemCode.valueOf(reply.get(1).toString()));
            case "HOLDING" -> new Holding(UUID.fromString(reply.get(1).toString()));
            default -> new NotReady();
        };
    }

    /** A unit of the slot's referral pool, which PostgreSQL counts: the gate checks the clinic and the patient. */
    public Uni<Take> takeReferral(UUID scheduleId, UUID slotId, UUID patientId) {
        return TAKE_REFERRAL.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString(), patientId.toString()))
                .map(SlotGate::take);
    }

    /** A referral unit went back to its pool: the patient no longer holds a unit of the schedule. */
    public Uni<Void> release(UUID scheduleId, UUID slotId, UUID patientId) {
        return RELEASE.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString(), patientId.toString()))
                .replaceWithVoid();
    }

    /** Units left at the gate when the schedule's keys are not built. */
    public Uni<Optional<Integer>> left(UUID scheduleId, UUID slotId) {
        return LEFT.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString()))
                .map(reply -> reply == null ? Optional.<Integer> empty() : Optional.of(reply.toInteger()));
    }

    /**
     * Gives a unit back: to the first person waiting for the slot, or to the pool. Empty when the
     * schedule's keys are not built (the next rebuild counts the unit from the database).
     */
    public Uni<Optional<Return>> giveBack(UUID scheduleId, UUID slotId, UUID patientId) {
        return GIVE_BACK.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString(),
                patientId == null ? "" : patientId.toString()))
                .map(reply -> switch (reply.get(0).toString()) {
                    case "HANDED" -> Optional.<Return> of(new Handed(scheduleId, slotId,
                            UUID.fromString(reply.get(1).toString()), reply.get(2).toInteger(), reply.get(3).toLong()));
                    case "TO_POOL" -> Optional.<Return> of(new ToPool());
                    default -> Optional.<Return> empty();
                });
    }

    public Uni<Join> join(UUID scheduleId, UUID slotId, UUID patientId, long place) {
        return JOIN.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString(), patientId.toString(),
                Long.toString(place)))
                .map(reply -> switch (reply.get(0).toString()) {
                    case "JOINED" -> new Joined(reply.get(1).toInteger());
                    case "CLOSED" -> new Refused(ProblemCode.valueOf(reply.get(1).toString()));
                    case "HOLDING" -> new Refused(ProblemCode.BOOKING_LIMIT_PER_DOCTOR_DAY);
                    case "WAITING" -> new Refused(ProblemCode.ALREADY_WAITING);
                    case "UNITS_LEFT" -> new Refused(ProblemCode.SLOT_NOT_SOLD_OUT);
                    default -> new Refused(ProblemCode.SERVICE_UNAVAILABLE);
                });
    }

    public Uni<Void> leave(UUID scheduleId, UUID slotId, UUID patientId) {
        return LEAVE.run(redis, route(scheduleId), List.of(prefix(scheduleId), slotId.toString(), patientId.toString()))
                .replaceWithVoid();
    }

    /** A paused or stopped clinic: no take, no hand-out, no waitlist, until a rebuild reopens it. */
    public Uni<Void> close(UUID scheduleId, ProblemCode reason) {
        return CLOSE.run(redis, route(scheduleId), List.of(prefix(scheduleId), reason.name())).replaceWithVoid();
    }

    /** A schedule as PostgreSQL has it. */
    public record Counts(UUID scheduleId, int highestSequence, ProblemCode closed, List<SlotLeft> slots,
            List<Holder> holders, List<Waiter> waiters) {
    }

    public record SlotLeft(UUID slotId, int left) {
    }

    public record Holder(UUID patientId, UUID slotId) {
    }

    /** Someone waiting, with their place in line (any increasing number). */
    public record Waiter(UUID slotId, UUID patientId, long place) {
    }

    /** Rebuilds a schedule's keys; returns the units handed out to people waiting while units were left. */
    public Uni<List<Handed>> rebuild(Counts counts) {
        List<String> args = new ArrayList<>();
        args.add(prefix(counts.scheduleId()));
        args.add(Integer.toString(counts.highestSequence()));
        args.add(counts.closed() == null ? "" : counts.closed().name());
        args.add(Integer.toString(counts.slots().size()));
        for (SlotLeft slot : counts.slots()) {
            args.add(slot.slotId().toString());
            args.add(Integer.toString(Math.max(0, slot.left())));
        }
        args.add(Integer.toString(counts.holders().size()));
        for (Holder holder : counts.holders()) {
            args.add(holder.patientId().toString());
            args.add(holder.slotId().toString());
        }
        args.add(Integer.toString(counts.waiters().size()));
        for (Waiter waiter : counts.waiters()) {
            args.add(waiter.slotId().toString());
            args.add(waiter.patientId().toString());
            args.add(Long.toString(waiter.place()));
        }
        return REBUILD.run(redis, route(counts.scheduleId()), args).map(reply -> handed(counts.scheduleId(), reply));
    }

    private static List<Handed> handed(UUID scheduleId, Response reply) {
        List<Handed> handed = new ArrayList<>();
        for (int i = 0; i + 3 < reply.size(); i += 4) {
            handed.add(new Handed(scheduleId, UUID.fromString(reply.get(i).toString()),
                    UUID.fromString(reply.get(i + 1).toString()), reply.get(i + 2).toInteger(), reply.get(i + 3).toLong()));
        }
        return handed;
    }

    /** The one declared key: it routes the script to the schedule's cluster slot. */
    private static List<String> route(UUID scheduleId) {
        return List.of(prefix(scheduleId) + "ready");
    }

    private static String prefix(UUID scheduleId) {
        return "bk:{s:" + scheduleId + "}:";
    }
}
