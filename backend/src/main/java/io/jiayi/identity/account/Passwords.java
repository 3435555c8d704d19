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

    public Uni<Boolean> matches(String password, String hash) {
        return vertx.executeBlocking(() -> BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), (hash == null ? DECOY : hash)
                        .getBytes(StandardCharsets.UTF_8)).verified && hash != null, false);
    }
}
