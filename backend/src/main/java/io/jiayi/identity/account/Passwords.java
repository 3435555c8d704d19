package io.jiayi.identity.account;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * bcrypt hashing and checking. Both take tens of milliseconds by design, so they run on a
 * worker thread and resume on the caller's context, never blocking the event loop.
 */
@ApplicationScoped
public class Passwords {

    // Checked against when the username is unknown, so that the answer takes as long.
    private static final String DECOY = "$2a$12$5qLShke7HOQOOZm5.XLJ3OfMKzIhXFuVJcLVr6G19rvtd.FQIXugu";

    private final Vertx vertx;
    private final int cost;

    public Passwords(Vertx vertx, AuthConfig config) {
        this.vertx = vertx;
        this.cost = config.bcryptCost();
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(() -> BCrypt.withDefaults().hashToString(cost, password.toCharArray()), false);
    }

    /** bcrypt reads 72 bytes with the terminator it adds; the library refuses longer input instead of cutting it. */
    public static final int MAX_BYTES = 71;

    /** Whether a password fits bcrypt's input at all (UTF-8: a Chinese character takes three bytes). */
    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    public Uni<Boolean> matches(String password, String hash) {
        // A password too long to have been set is wrong, checked against the decoy so it takes as long.
        boolean fits = fits(password);
        byte[] given = (fits ? password : "x").getBytes(StandardCharsets.UTF_8);
        return vertx.executeBlocking(() -> BCrypt.verifyer()
                .verify(given, (hash == null || !fits ? DECOY : hash).getBytes(StandardCharsets.UTF_8)).verified
                && hash != null && fits, false);
    }
}
