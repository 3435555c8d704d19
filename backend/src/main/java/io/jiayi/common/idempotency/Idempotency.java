package io.jiayi.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.redis.EventLoopRedis;
import io.jiayi.common.redis.LuaScript;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * Idempotency keys as payment APIs use them: the same key with the same body answers what the
 * first request answered; with another body, 422; while the first still runs, 409. Successful
 * answers are kept 24 hours; a failed request frees its key so the retry runs again.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);

    /** An existing record as {@link #recorded} reads it (KEYS[1] the record, ARGV[1] the body's hash). */
    private static final String RECORDED = """
            local record = redis.call('HMGET', KEYS[1], 'hash', 'state', 'status', 'location', 'body')
            if record[1] ~= ARGV[1] then return {'OTHER_BODY'} end
            if record[2] ~= 'DONE' then return {'IN_FLIGHT'} end
            return {'DONE', record[3], record[4], record[5]}
            """;

    private static final LuaScript CLAIM = new LuaScript("""
            -- KEYS: record; ARGV: body hash, ttl seconds
            if redis.call('HSETNX', KEYS[1], 'hash', ARGV[1]) == 1 then
              redis.call('HSET', KEYS[1], 'state', 'IN_FLIGHT')
              redis.call('EXPIRE', KEYS[1], ARGV[2])
              return {'CLAIMED'}
            end
            """ + RECORDED);

    /** The key's record as it stands, claiming nothing (see {@link #answeredOr}). */
    private static final LuaScript PEEK = new LuaScript("""
            -- KEYS: record; ARGV: body hash
            if redis.call('EXISTS', KEYS[1]) == 0 then return {'NONE'} end
            """ + RECORDED);

    private final EventLoopRedis scripts;
    private final ObjectMapper json;

    public Idempotency(EventLoopRedis scripts, ObjectMapper json) {
        this.scripts = scripts;
        this.json = json;
    }

    /**
     * Runs {@code work} once per key of this caller: later calls with the key replay its answer.
     *
     * @param scope whose key it is (the account) and for what operation
     */
    public <T> Uni<RestResponse<T>> once(String scope, String key, Object request, Class<T> type,
            Supplier<Uni<RestResponse<T>>> work) {
        return once(scope, key, request, type, Uni.createFrom().voidItem(), ignored -> work.get(),
                () -> Uni.createFrom().voidItem(), false);
    }

    /**
     * As {@link #once(String, String, Object, Class, Supplier)}, with a check that runs alongside
     * the key's claim (both in one round trip) and whose result the work receives: a rate limit,
     * say. When the check fails, a key claimed for this request is freed; an earlier answer is
     * replayed all the same. {@code notRun} is called whenever the work does not run.
     *
     * @param answerBeforeStored answer as soon as the work is done and store the answer meanwhile:
     *            a retry arriving before it is stored finds the request in flight (409), and if
     *            storing fails the key is freed, so a retry runs again (and meets what the first
     *            request left, e.g. a slot already held). For the one path where a round trip
     *            counts.
     */
    public <T, C> Uni<RestResponse<T>> once(String scope, String key, Object request, Class<T> type, Uni<C> alongside,
            Function<C, Uni<RestResponse<T>>> work, Supplier<Uni<Void>> notRun, boolean answerBeforeStored) {
        requireValid(key);
        String record = record(scope, key);
        String hash = hash(request);
        Uni<Response> claim = CLAIM.run(scripts, List.of(record), List.of(hash, Long.toString(KEPT.toSeconds())));
        Uni<Checked<C>> checked = alongside.map(Checked::passed).onFailure().recoverWithItem(Checked::failed);
        return Uni.combine().all().unis(claim, checked).asTuple()
                .onFailure().call(notRun::get)
                .flatMap(both -> {
                    Response reply = both.getItem1();
                    Checked<C> check = both.getItem2();
                    String state = reply.get(0).toString();
                    if ("CLAIMED".equals(state) && check.failure() == null) {
                        Uni<RestResponse<T>> done = work.apply(check.value());
                        return (answerBeforeStored
                                ? done.invoke(response -> store(record, response).subscribe().with(stored -> {
                                }, failure -> free(record).subscribe().with(freed -> {
                                }, ignored -> {
                                })))
                                : done.call(response -> store(record, response)))
                                .onFailure().call(() -> free(record));
                    }
                    Uni<RestResponse<T>> answer = "CLAIMED".equals(state)
                            ? free(record).onFailure().recoverWithNull()
                                    .flatMap(ignored -> Uni.createFrom().<RestResponse<T>> failure(check.failure()))
                            : recorded(reply, type);
                    return notRun.get().flatMap(ignored -> answer);
                });
    }

    /**
     * For a request whose work would only refuse it (decided before its key was asked): the answer
     * an earlier request with the key has, as {@link #once} gives it (that answer, or 422 for
     * another body, 409 while it runs), else the check's failure, else {@code refusal}. Nothing is
     * claimed, so nothing is freed after: one round trip, with the check alongside, where claiming
     * and freeing the key took two (at a release, the winners' further tries are such requests).
     */
    public <T, C> Uni<RestResponse<T>> answeredOr(String scope, String key, Object request, Class<T> type,
            Uni<C> alongside, Supplier<Uni<RestResponse<T>>> refusal) {
        requireValid(key);
        Uni<Response> peek = PEEK.run(scripts, List.of(record(scope, key)), List.of(hash(request)));
        Uni<Checked<C>> checked = alongside.map(Checked::passed).onFailure().recoverWithItem(Checked::failed);
        return Uni.combine().all().unis(peek, checked).asTuple().flatMap(both -> {
            Response reply = both.getItem1();
            Checked<C> check = both.getItem2();
            if (!"NONE".equals(reply.get(0).toString())) {
                return recorded(reply, type);
            }
            return check.failure() != null ? Uni.createFrom().<RestResponse<T>> failure(check.failure()) : refusal.get();
        });
    }

    /** What a key's existing record answers: another body 422, still running 409, done its answer again. */
    private <T> Uni<RestResponse<T>> recorded(Response reply, Class<T> type) {
        return switch (reply.get(0).toString()) {
            case "OTHER_BODY" -> Uni.createFrom().failure(new ProblemException(ProblemCode.IDEMPOTENCY_KEY_REUSED));
            case "IN_FLIGHT" -> Uni.createFrom().failure(new ProblemException(ProblemCode.IDEMPOTENCY_REQUEST_IN_FLIGHT));
            default -> Uni.createFrom().item(replay(reply.get(1).toInteger(), reply.get(2).toString(),
                    reply.get(3).toString(), type));
        };
    }

    private record Checked<C>(C value, Throwable failure) {

        static <C> Checked<C> passed(C value) {
            return new Checked<>(value, null);
        }

        static <C> Checked<C> failed(Throwable failure) {
            return new Checked<>(null, failure);
        }
    }

    private static String record(String scope, String key) {
        return "idem:{" + scope + "}:" + key;
    }

    /** A missing or malformed key is bad input, whatever else the request would meet. */
    public static void requireValid(String key) {
        if (!wellFormed(key)) {
            throw ProblemException.invalidField(HEADER, "field.idempotencyKey.invalid");
        }
    }

    /**
     * 8 to 64 of {@code A-Z a-z 0-9 _ -}, checked by hand: every lock asks, and at a release the
     * regular expression was about 1 % of a refusal's CPU.
     */
    static boolean wellFormed(String key) {
        if (key == null || key.length() < 8 || key.length() > 64) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The answer kept for the key's retries; through the caller's loop's client, as the claim went. */
    private <T> Uni<Void> store(String record, RestResponse<T> response) {
        URI location = response.getLocation();
        return scripts.send(Request.cmd(Command.HSET).arg(record).arg("state").arg("DONE")
                .arg("status").arg(Integer.toString(response.getStatus()))
                .arg("location").arg(location == null ? "" : location.toString())
                .arg("body").arg(write(response.getEntity()))).replaceWithVoid();
    }

    /** Frees a claimed key, so a retry runs again. */
    private Uni<Void> free(String record) {
        return scripts.send(Request.cmd(Command.DEL).arg(record)).replaceWithVoid();
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
