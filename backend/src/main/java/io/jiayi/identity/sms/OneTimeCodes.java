package io.jiayi.identity.sms;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.privacy.PersonalDataCipher;
import io.jiayi.common.redis.EventLoopRedis;
import io.jiayi.common.redis.LuaScript;
import io.smallrye.mutiny.Uni;

/**
 * Six-digit one-time codes sent by SMS, kept in Redis (hashed) with their limits: one code a
 * minute and a daily quota per phone, an hourly cap per client address, a validity and a
 * number of tries. Each step is one Lua script, so concurrent requests cannot slip past a
 * limit. Times come from the service's clock; Redis expiry only clears what is stale.
 */
@ApplicationScoped
public class OneTimeCodes {

    /** What a code is for; codes of one purpose never open another. */
    public enum Purpose {
        LOGIN, MEMBER_CONSENT
    }

    /** A code went out: when it lapses, when another may be sent, how much of today's quota is left. */
    public record Sent(Instant expiresAt, Instant resendAt, int dailyLimit, int dailyRemaining, long dailyResetSeconds) {
    }

    public enum Check {
        ACCEPTED, WRONG, EXPIRED, TRIES_EXCEEDED
    }

    public record Verdict(Check check, int remainingTries) {
    }

    private static final LuaScript ISSUE = new LuaScript("""
            -- KEYS: code, last sent, daily count, address count
            -- ARGV: now ms, code hash, resend ms, daily max, address max, code ttl ms, day ttl s, hour ttl s
            local now = tonumber(ARGV[1])
            local last = tonumber(redis.call('GET', KEYS[2]) or '0')
            if last > 0 and now - last < tonumber(ARGV[3]) then
              return {'RESEND_TOO_SOON', last + tonumber(ARGV[3]) - now}
            end
            local day = tonumber(redis.call('GET', KEYS[3]) or '0')
            if day >= tonumber(ARGV[4]) then return {'DAILY_LIMIT', day} end
            local address = tonumber(redis.call('GET', KEYS[4]) or '0')
            if address >= tonumber(ARGV[5]) then return {'ADDRESS_LIMIT', day} end
            redis.call('SET', KEYS[2], now, 'PX', ARGV[6])
            redis.call('INCR', KEYS[3]); redis.call('EXPIRE', KEYS[3], ARGV[7])
            redis.call('INCR', KEYS[4]); redis.call('EXPIRE', KEYS[4], ARGV[8])
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'hash', ARGV[2], 'sent', now, 'tries', 0)
            redis.call('PEXPIRE', KEYS[1], ARGV[6])
            return {'SENT', day + 1}
            """);

    private static final LuaScript VERIFY = new LuaScript("""
            -- KEYS: code; ARGV: now ms, code hash, validity ms, max tries
            local code = redis.call('HMGET', KEYS[1], 'hash', 'sent')
            if not code[1] then return {'EXPIRED', 0} end
            if tonumber(ARGV[1]) - tonumber(code[2]) > tonumber(ARGV[3]) then
              redis.call('DEL', KEYS[1]); return {'EXPIRED', 0}
            end
            if code[1] == ARGV[2] then redis.call('DEL', KEYS[1]); return {'ACCEPTED', 0} end
            local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
            if tries >= tonumber(ARGV[4]) then redis.call('DEL', KEYS[1]); return {'TRIES_EXCEEDED', 0} end
            return {'WRONG', tonumber(ARGV[4]) - tries}
            """);

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final EventLoopRedis redis;
    private final PersonalDataCipher cipher;
    private final SmsSender sms;
    private final SmsConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OneTimeCodes(EventLoopRedis redis, PersonalDataCipher cipher, SmsSender sms, SmsConfig config,
            Clock clock) {
        this.redis = redis;
        this.cipher = cipher;
        this.sms = sms;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Sends a new code to {@code phone} for {@code purpose} (scoped further by {@code scope}, e.g.
     * a member id), or refuses with a 429 problem saying when to try again.
     */
    public Uni<Sent> send(Purpose purpose, String scope, String phone, String clientAddress, String messageTemplate) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(clock.getZone());
        String phoneKey = cipher.lookupHash(phone);
        String code = String.format("%06d", random.nextInt(1_000_000));
        Duration codeTtl = config.codeValidity().compareTo(config.resendInterval()) > 0 ? config.codeValidity()
                : config.resendInterval();
        List<String> keys = List.of(
                codeKey(purpose, scope, phoneKey),
                "otp:last:" + purpose + ":" + phoneKey,
                "otp:day:" + phoneKey + ":" + DAY.format(local),
                "otp:addr:" + clientAddress + ":" + HOUR.format(local));
        List<String> args = List.of(
                Long.toString(now.toEpochMilli()),
                codeHash(purpose, scope, phone, code),
                Long.toString(config.resendInterval().toMillis()),
                Integer.toString(config.dailyLimitPerPhone()),
                Integer.toString(config.hourlyLimitPerAddress()),
                Long.toString(codeTtl.toMillis()),
                Long.toString(Duration.ofDays(2).toSeconds()),
                Long.toString(Duration.ofHours(2).toSeconds()));
        Instant dayEnd = local.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return ISSUE.run(redis, keys, args).flatMap(reply -> {
            String outcome = reply.get(0).toString();
            long value = reply.get(1).toLong();
            return switch (outcome) {
                case "SENT" -> sms.send(phone, messageTemplate.formatted(code, config.codeValidity().toMinutes()))
                        .replaceWith(new Sent(now.plus(config.codeValidity()), now.plus(config.resendInterval()),
                                config.dailyLimitPerPhone(), (int) Math.max(0, config.dailyLimitPerPhone() - value),
                                Duration.between(now, dayEnd).toSeconds()));
                case "RESEND_TOO_SOON" -> Uni.createFrom().failure(tooMany(ProblemCode.SMS_RESEND_TOO_SOON,
                        Duration.ofMillis(value), 0, dayEnd, now));
                case "DAILY_LIMIT" -> Uni.createFrom().failure(tooMany(ProblemCode.SMS_DAILY_LIMIT_REACHED,
                        Duration.between(now, dayEnd), 0, dayEnd, now));
                default -> Uni.createFrom().failure(tooMany(ProblemCode.TOO_MANY_REQUESTS_FROM_ADDRESS,
                        Duration.between(now, local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant()),
                        Math.max(0, config.dailyLimitPerPhone() - (int) value), dayEnd, now));
            };
        });
    }

    /** Checks a code; an accepted or exhausted code is gone, so it never works twice. */
    public Uni<Verdict> verify(Purpose purpose, String scope, String phone, String code) {
        List<String> keys = List.of(codeKey(purpose, scope, cipher.lookupHash(phone)));
        List<String> args = List.of(Long.toString(clock.millis()), codeHash(purpose, scope, phone, code),
                Long.toString(config.codeValidity().toMillis()), Integer.toString(config.maxTries()));
        return VERIFY.run(redis, keys, args)
                .map(reply -> new Verdict(Check.valueOf(reply.get(0).toString()), reply.get(1).toInteger()));
    }

    private ProblemException tooMany(ProblemCode code, Duration wait, int dailyRemaining, Instant dayEnd, Instant now) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(code, Map.of("retryAfterSeconds", seconds),
                Map.of("Retry-After", Long.toString(seconds),
                        "RateLimit-Limit", Integer.toString(config.dailyLimitPerPhone()),
                        "RateLimit-Remaining", Integer.toString(dailyRemaining),
                        "RateLimit-Reset", Long.toString(Math.max(0, Duration.between(now, dayEnd).toSeconds()))),
                Long.toString(seconds));
    }

    private static String codeKey(Purpose purpose, String scope, String phoneKey) {
        return "otp:code:" + purpose + ":" + scope + ":" + phoneKey;
    }

    private String codeHash(Purpose purpose, String scope, String phone, String code) {
        return cipher.lookupHash(purpose + "|" + scope + "|" + phone + "|" + code);
    }
}
