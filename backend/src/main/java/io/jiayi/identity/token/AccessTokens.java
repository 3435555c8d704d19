package io.jiayi.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.jiayi.common.security.Roles;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Mints the RS256 access tokens every audience presents, timed by the service's clock. */
@ApplicationScoped
public class AccessTokens {

    /**
     * What an access token says of its bearer. A partner app's grant also names its OAuth2 client
     * and its scopes (empty for every other bearer).
     */
    public record Grant(UUID subject, Set<String> roles, Optional<UUID> institutionId, Optional<UUID> doctorId,
            Optional<UUID> personId, Optional<String> clientId, Set<String> scopes) {

        public Grant {
            scopes = Set.copyOf(scopes);
        }

        public Grant(UUID subject, Set<String> roles, Optional<UUID> institutionId, Optional<UUID> doctorId,
                Optional<UUID> personId) {
            this(subject, roles, institutionId, doctorId, personId, Optional.empty(), Set.of());
        }

        public Grant(UUID subject, Set<String> roles, Optional<UUID> institutionId, Optional<UUID> doctorId) {
            this(subject, roles, institutionId, doctorId, Optional.empty());
        }

        /** A resident, with their own person once registered under their real name. */
        public static Grant resident(UUID accountId, UUID personId) {
            return new Grant(accountId, Set.of(Roles.RESIDENT), Optional.empty(), Optional.empty(),
                    Optional.ofNullable(personId));
        }

        /** A partner app: its id as subject, its client id, the institution it is bound to (if any), its scopes. */
        public static Grant partner(UUID appId, String clientId, Optional<UUID> institutionId, Set<String> scopes) {
            return new Grant(appId, Set.of(Roles.PARTNER), institutionId, Optional.empty(), Optional.empty(),
                    Optional.of(clientId), scopes);
        }
    }

    public record Issued(String token, Instant expiresAt) {
    }

    private final KeyRing keyRing;
    private final JwtConfig config;
    private final Clock clock;
    private final String issuer;
    private final Set<String> audiences;

    public AccessTokens(KeyRing keyRing, JwtConfig config, Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Set<String> audiences) {
        this.keyRing = keyRing;
        this.config = config;
        this.clock = clock;
        this.issuer = issuer;
        this.audiences = audiences;
    }

    public Issued issue(Grant grant) {
        return issue(grant, config.accessTokenLifespan());
    }

    /** A token living {@code lifespan} rather than the configured lifetime (partner tokens have their own). */
    public Issued issue(Grant grant, Duration lifespan) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifespan);
        KeyRing.SigningKey key = keyRing.signingKey();
        var claims = Jwt.issuer(issuer)
                .audience(audiences)
                .subject(grant.subject().toString())
                .upn(grant.subject().toString())
                .groups(grant.roles())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString());
        grant.institutionId().ifPresent(id -> claims.claim(Roles.INSTITUTION_CLAIM, id.toString()));
        grant.doctorId().ifPresent(id -> claims.claim(Roles.DOCTOR_CLAIM, id.toString()));
        grant.personId().ifPresent(id -> claims.claim(Roles.PERSON_CLAIM, id.toString()));
        grant.clientId().ifPresent(id -> claims.claim(Roles.CLIENT_ID_CLAIM, id));
        if (!grant.scopes().isEmpty()) {
            claims.claim(Roles.SCOPE_CLAIM, String.join(" ", new TreeSet<>(grant.scopes())));
        }
        String token = claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(key.kid()).sign(key.privateKey());
        return new Issued(token, expiresAt);
    }
}
