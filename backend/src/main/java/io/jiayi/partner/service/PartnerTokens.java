package io.jiayi.partner.service;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.ratelimit.RateLimiter;
import io.jiayi.common.security.Scope;
import io.jiayi.identity.account.Passwords;
import io.jiayi.identity.token.AccessTokens;
import io.jiayi.partner.PartnerApp;
import io.jiayi.partner.PartnerAppStatus;
import io.jiayi.partner.PartnerConfig;
import io.jiayi.partner.repository.PartnerAppRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The OAuth2 client-credentials grant (RFC 6749 section 4.4) for partner apps. A token names the
 * app as subject, its client id, the institution it is bound to and the scopes granted (all of the
 * app's, or the subset it asked for), and lives {@link PartnerConfig#accessTokenLifespan()}.
 *
 * <p>Revocation: verified tokens are remembered by the verifier until they expire, and a token
 * stays cryptographically valid until then, so dropping it from that cache would not stop it.
 * Instead every request made with a partner token checks that its app is still ACTIVE
 * ({@link PartnerTokenCheck}): a revoked app's tokens are refused from the next request on, on
 * every instance, and the short lifetime bounds what an unnoticed stolen token can do. Rotating a
 * secret only stops the old secret; tokens already issued run their (short) course.
 */
@ApplicationScoped
public class PartnerTokens {

    /** A token granted, and what is left of the client's token-request quota. */
    public record Issued(String accessToken, long expiresIn, Set<Scope> scopes, RateLimiter.Quota quota) {

        public String scope() {
            return scopes.stream().map(Scope::value).collect(Collectors.joining(" "));
        }
    }

    /** The client ids this service hands out; anything else cannot be one, and costs no lookup. */
    private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    /** RFC 6749 section 3.3: scope tokens are printable ASCII but space, quote and backslash. */
    private static final Pattern SCOPE = Pattern.compile("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$");

    private final PartnerAppRepository apps;
    private final Passwords passwords;
    private final AccessTokens accessTokens;
    private final RateLimiter limiter;
    private final PartnerConfig config;

    public PartnerTokens(PartnerAppRepository apps, Passwords passwords, AccessTokens accessTokens, RateLimiter limiter,
            PartnerConfig config) {
        this.apps = apps;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.limiter = limiter;
        this.config = config;
    }

    /**
     * Authenticates the client and mints its token. Refusals: {@code INVALID_CLIENT} (unknown client,
     * wrong secret or revoked app, never saying which), {@code INVALID_SCOPE}, {@code RATE_LIMITED}.
     */
    public Uni<Issued> clientCredentials(String clientId, String clientSecret, String scope, String address) {
        if (!CLIENT_ID.matcher(clientId).matches()) {
            return Uni.createFrom().failure(invalidClient());
        }
        if (scope != null && !scope.isEmpty() && !SCOPE.matcher(scope).matches()) {
            return Uni.createFrom().failure(invalidRequest("scope"));
        }
        // Counted before the bcrypt check, so a flood of guesses costs Redis calls, not CPU.
        return limiter.take(List.of(
                new RateLimiter.Bucket("partner-token:client:" + clientId, config.tokenRequestBurst(),
                        config.tokenRequestsPerMinute()),
                new RateLimiter.Bucket("partner-token:address:" + address, config.tokenRequestBurstPerAddress(),
                        config.tokenRequestsPerMinutePerAddress())))
                .flatMap(quota -> client(clientId)
                        // An over-long secret simply does not match (Passwords checks it against its decoy).
                        .flatMap(app -> passwords.matches(clientSecret, app == null ? null : app.clientSecretHash)
                                .map(matches -> {
                                    if (!matches || app.status != PartnerAppStatus.ACTIVE) {
                                        throw invalidClient();
                                    }
                                    return issue(app, granted(app, scope), quota);
                                })));
    }

    @WithSession
    Uni<PartnerApp> client(String clientId) {
        return apps.findByClientId(clientId);
    }

    private Issued issue(PartnerApp app, Set<Scope> scopes, RateLimiter.Quota quota) {
        AccessTokens.Issued token = accessTokens.issue(AccessTokens.Grant.partner(app.id, app.clientId,
                Optional.ofNullable(app.institutionId), scopes.stream().map(Scope::value).collect(Collectors.toSet())),
                config.accessTokenLifespan());
        return new Issued(token.token(), config.accessTokenLifespan().toSeconds(), scopes, quota);
    }

    /** All of the app's scopes, or the subset asked for; asking for one the app lacks is {@code INVALID_SCOPE}. */
    static Set<Scope> granted(PartnerApp app, String requested) {
        Set<Scope> own = Arrays.stream(app.scopes).map(Scope::of).flatMap(Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (requested == null || requested.isBlank()) {
            return own;
        }
        Set<Scope> asked = new LinkedHashSet<>();
        for (String name : requested.trim().split(" ")) {
            Scope scope = Scope.of(name).filter(own::contains).orElseThrow(() -> new ProblemException(
                    ProblemCode.INVALID_SCOPE, Map.of("error", "invalid_scope"), name));
            asked.add(scope);
        }
        return asked.stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** 401 with the challenge RFC 6749 section 5.2 asks for, and the OAuth error name beside the problem code. */
    public static ProblemException invalidClient() {
        return new ProblemException(ProblemCode.INVALID_CLIENT, Map.of("error", "invalid_client"),
                Map.of("WWW-Authenticate", "Basic realm=\"jiayi-partner\""));
    }

    public static ProblemException invalidRequest(String parameter) {
        return new ProblemException(ProblemCode.INVALID_GRANT_REQUEST, Map.of("error", "invalid_request"), parameter);
    }
}
