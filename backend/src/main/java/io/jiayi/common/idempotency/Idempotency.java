package io.jiayi.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.redis.LuaScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Idempotency keys as payment APIs use them: the same key with the same body answers what the
 * first request answered; with another body, 422; while the first still runs, 409. Successful
 * answers are kept 24 hours; a failed request frees its key so the retry runs again.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{8,64}$");
    static final Duration KEPT = Duration.ofHours(24);

    private static final LuaScript CLAIM = new LuaScript("""
            -- KEYS: record; ARGV: body hash, ttl seconds
            if redis.call('HSETNX', KEYS[1], 'hash', ARGV[1]) == 1 then
              redis.call('HSET', KEYS[1], 'state', 'IN_FLIGHT')
              redis.call('EXPIRE', KEYS[1], ARGV[2])
              return {'CLAIMED'}
            end
            local record = redis.call('HMGET', KEYS[1], 'hash', 'state', 'status', 'location', 'body')
            if record[1] ~= ARGV[1] then return {'OTHER_BODY'} end
            if record[2] ~= 'DONE' then return {'IN_FLIGHT'} end
            return {'DONE', record[3], record[4], record[5]}
            """);

    private final ReactiveRedisDataSource redis;
    private final ObjectMapper json;

    public Idempotency(ReactiveRedisDataSource redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /**
     * Runs {@code work} once per key of this caller: later calls with the key replay its answer.
     *
     * @param scope whose key it is (the account) and for what operation
     */
    public <T> Uni<RestResponse<T>> once(String scope, String key, Object request, Class<T> type,
            Supplier<Uni<RestResponse<T>>> work) {
        requireValid(key);
        String record = "idem:{" + scope + "}:" + key;
        String hash = hash(request);
        return CLAIM.run(redis, List.of(record), List.of(hash, Long.toString(KEPT.toSeconds()))).flatMap(reply -> {
            switch (reply.get(0).toString()) {
                case "CLAIMED":
                    return work.get()
                            .call(response -> store(record, response))
                            .onFailure().call(() -> redis.key().del(record));
                case "OTHER_BODY":
                    return Uni.createFrom().failure(new ProblemException(ProblemCode.IDEMPOTENCY_KEY_REUSED));
                case "IN_FLIGHT":
                    return Uni.createFrom().failure(new ProblemException(ProblemCode.IDEMPOTENCY_REQUEST_IN_FLIGHT));
                default:
                    return Uni.createFrom().item(replay(reply.get(1).toInteger(), reply.get(2).toString(),
                            reply.get(3).toString(), type));
            }
        });
    }

    /** A missing or malformed key is bad input, whatever else the request would meet. */
    public static void requireValid(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "field.idempotencyKey.invalid");
        }
    }

    private <T> Uni<Void> store(String record, RestResponse<T> response) {
        URI location = response.getLocation();
        return redis.hash(String.class).hset(record, java.util.Map.of("state", "DONE",
                "status", Integer.toString(response.getStatus()),
                "location", location == null ? "" : location.toString(),
                "body", write(response.getEntity()))).replaceWithVoid();
    }

    private <T> RestResponse<T> replay(int status, String location, String body, Class<T> type) {
        try {
            var builder = RestResponse.ResponseBuilder.<T> create(RestResponse.Status.fromStatusCode(status),
                    json.readValue(body, type))
                    .header("Idempotent-Replayed", "true");
            if (!location.isEmpty()) {
                builder.location(URI.create(location));
            }
            return builder.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored answer", e);
        }
    }

    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(write(request)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
