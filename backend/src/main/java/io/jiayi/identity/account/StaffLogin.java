package io.jiayi.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.identity.token.RefreshToken.SubjectKind;
import io.jiayi.identity.token.Sessions;
import io.jiayi.identity.token.TokenPair;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Doctors, staff and administrators sign in with a password. Wrong passwords count against the
 * account, and enough of them in a row lock it for a while; an unknown username is answered
 * exactly like a wrong password.
 */
@ApplicationScoped
public class StaffLogin {

    private sealed interface Outcome {
    }

    private record SignedIn(TokenPair pair) implements Outcome {
    }

    private record Refused(ProblemException problem) implements Outcome {
    }

    private final StaffAccountRepository accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final AuthConfig config;
    private final Clock clock;

    public StaffLogin(StaffAccountRepository accounts, Passwords passwords, Sessions sessions, AuthConfig config,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
    }

    public Uni<TokenPair> login(String username, String password) {
        // The attempt is counted and committed before a refusal is answered.
        return attempt(username, password).map(outcome -> {
            if (outcome instanceof Refused refused) {
                throw refused.problem();
            }
            return ((SignedIn) outcome).pair();
        });
    }

    @WithTransaction
    Uni<Outcome> attempt(String username, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Attempts on one account are serialised and each reads the count its predecessor wrote, so
        // guesses sent in parallel cannot outrun it (locked after a plain read, all ten of ten
        // parallel wrong passwords were judged on a count of none).
        return accounts.findByUsernameForUpdate(username).flatMap(found -> {
            if (found == null) {
                return passwords.matches(password, null).map(ignored -> refused(ProblemCode.INVALID_CREDENTIALS));
            }
            return check(found, password, now);
        });
    }

    private Uni<Outcome> check(StaffAccount account, String password, OffsetDateTime now) {
        if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
            return Uni.createFrom().item(locked(account, now));
        }
        return passwords.matches(password, account.passwordHash).flatMap(matches -> {
            account.updatedAt = now;
            if (matches) {
                account.failedAttempts = 0;
                account.lockedUntil = null;
                return sessions.open(SubjectKind.STAFF, SubjectGrants.staffGrant(account))
                        .map(pair -> (Outcome) new SignedIn(pair));
            }
            account.failedAttempts++;
            if (account.failedAttempts >= config.maxFailedPasswords()) {
                account.failedAttempts = 0;
                account.lockedUntil = now.plus(config.lockDuration());
                return Uni.createFrom().item(locked(account, now));
            }
            return Uni.createFrom().item(refused(ProblemCode.INVALID_CREDENTIALS));
        });
    }

    private static Outcome refused(ProblemCode code) {
        return new Refused(new ProblemException(code));
    }

    private static Outcome locked(StaffAccount account, OffsetDateTime now) {
        long seconds = Math.max(1, Duration.between(now, account.lockedUntil).toSeconds());
        return new Refused(new ProblemException(ProblemCode.ACCOUNT_LOCKED,
                Map.of("lockedUntil", account.lockedUntil.toString()),
                Map.of("Retry-After", Long.toString(seconds)), Long.toString(seconds)));
    }
}
