package io.jiayi.identity.token;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.UnresolvableKeyException;

import io.jiayi.common.security.Caller;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies access tokens against the {@link KeyRing} as it is now, so keys added for a rotation
 * verify without a restart. Only RS256 with a known {@code kid} passes: {@code alg: none},
 * HMAC tricks with the public key and unknown keys are refused before any claim is read. Times
 * are judged by the service's clock, with the configured skew.
 *
 * <p>A verified token is remembered until it expires (at most a few minutes), so a client's next
 * requests skip the RSA check, which is most of a request's CPU at a booking surge. A remembered
 * token still fails once expired, or once its key left the ring or changed.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class AccessTokenVerifier extends JWTCallerPrincipalFactory {

    private static final Logger LOG = Logger.getLogger(AccessTokenVerifier.class);

    /** A token that passed, with the key that verified it. */
    private record Verified(JWTCallerPrincipal principal, String kid, RSAPublicKey key, long expiresAtMillis) {
    }

    private final KeyRing keyRing;
    private final JwtConfig config;
    private final Clock clock;
    /** Cache {@code access-tokens} (size and lifetime in application.properties). */
    private final CaffeineCache verified;

    public AccessTokenVerifier(KeyRing keyRing, JwtConfig config, Clock clock, @CacheName("access-tokens") Cache verified) {
        this.verified = verified.as(CaffeineCache.class);
        this.keyRing = keyRing;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        CompletableFuture<Verified> remembered = verified.getIfPresent(token);
        Verified known = remembered == null ? null : remembered.getNow(null);
        if (known != null && clock.millis() <= known.expiresAtMillis() + config.clockSkew().toMillis()
                && known.key().equals(keyRing.verificationKey(known.kid()).orElse(null))) {
            return known.principal();
        }
        try {
            JwtContext checked = consumer(context).process(token);
            JwtClaims claims = checked.getJwtClaims();
            String kid = checked.getJoseObjects().get(0).getKeyIdHeaderValue();
            JWTCallerPrincipal principal = new VerifiedPrincipal(token, claims);
            keyRing.verificationKey(kid).ifPresent(key -> verified.put(token,
                    CompletableFuture.completedFuture(new Verified(principal, kid, key, expiresAtMillis(claims)))));
            return principal;
        } catch (InvalidJwtException e) {
            // The reason goes to the log for operators, never to the caller.
            LOG.debugf("Refused an access token: %s", reason(e));
            throw new ParseException("Invalid token", e);
        }
    }

    /** A verified token, remembered with the caller the rules read from it. */
    static final class VerifiedPrincipal extends DefaultJWTCallerPrincipal implements Caller.Memo {

        private transient volatile Caller caller;

        VerifiedPrincipal(String token, JwtClaims claims) {
            super(token, "JWT", claims);
        }

        @Override
        public Caller caller() {
            return caller;
        }

        @Override
        public void remember(Caller caller) {
            this.caller = caller;
        }
    }

    private JwtConsumer consumer(JWTAuthContextInfo context) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nested) -> keyRing.verificationKey(jws.getKeyIdHeaderValue())
                        .orElseThrow(() -> new UnresolvableKeyException("Unknown kid")))
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setExpectedIssuer(true, context.getIssuedBy());
        if (context.getExpectedAudience() != null && !context.getExpectedAudience().isEmpty()) {
            builder.setExpectedAudience(true, context.getExpectedAudience().toArray(String[]::new));
        } else {
            builder.setSkipDefaultAudienceValidation();
        }
        return builder.build();
    }

    private static long expiresAtMillis(JwtClaims claims) {
        try {
            return claims.getExpirationTime().getValueInMillis();
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            return 0;
        }
    }

    private static String reason(InvalidJwtException e) {
        return e.getErrorDetails().isEmpty() ? e.getClass().getSimpleName()
                : e.getErrorDetails().get(0).getErrorMessage();
    }
}
