package io.jiayi.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.jiayi.common.security.Roles;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Mints the RS256 access tokens every audience presents, timed by the service's clock. */
@ApplicationScoped
public class AccessTokens {

    /** What an access token says of its bearer. */
    public record Grant(UUID subject, Set<String> roles, Optional<UUID> institutionId, Optional<UUID> doctorId,
            Optional<UUID> personId) {

        public Grant(UUID subject, Set<String> roles, Optional<UUID> institutionId, Optional<UUID> doctorId) {
            this(subject, roles, institutionId, doctorId, Optional.empty());
        }

        /** A resident, with their own person once registered under their real name. */
        public static Grant resident(UUID accountId, UUID personId) {
            return new Grant(accountId, Set.of(Roles.RESIDENT), Optional.empty(), Optional.empty(),
                    Optional.ofNullable(personId));
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
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.accessTokenLifespan());
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
        String token = claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(key.kid()).sign(key.privateKey());
        return new Issued(token, expiresAt);
    }
}
