package io.jiayi.identity.token;

import java.time.Clock;

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
import org.jose4j.lang.UnresolvableKeyException;

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
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class AccessTokenVerifier extends JWTCallerPrincipalFactory {

    private static final Logger LOG = Logger.getLogger(AccessTokenVerifier.class);

    private final KeyRing keyRing;
    private final JwtConfig config;
    private final Clock clock;

    public AccessTokenVerifier(KeyRing keyRing, JwtConfig config, Clock clock) {
        this.keyRing = keyRing;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        try {
            JwtClaims claims = consumer(context).processToClaims(token);
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        } catch (InvalidJwtException e) {
            // The reason goes to the log for operators, never to the caller.
            LOG.debugf("Refused an access token: %s", reason(e));
            throw new ParseException("Invalid token", e);
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

    private static String reason(InvalidJwtException e) {
        return e.getErrorDetails().isEmpty() ? e.getClass().getSimpleName()
                : e.getErrorDetails().get(0).getErrorMessage();
    }
}
