package io.jiayi.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.identity.token.RefreshToken.SubjectKind;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Sign-in sessions as token families: a login opens a family; each refresh uses its token once
 * and hands out the next; a token used a second time means it was copied, so the whole family
 * is revoked; logout revokes the family.
 */
@ApplicationScoped
public class Sessions {

    /** Answers what a subject's access token should say now (its roles may have changed). */
    public interface Grants {
        Uni<AccessTokens.Grant> grantFor(SubjectKind kind, UUID subjectId);
    }

    private sealed interface Rotation {
    }

    private record Rotated(TokenPair pair) implements Rotation {
    }

    private record Refused(ProblemCode code) implements Rotation {
    }

    private final RefreshTokenRepository tokens;
    private final AccessTokens accessTokens;
    private final JwtConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sessions(RefreshTokenRepository tokens, AccessTokens accessTokens, JwtConfig config, Clock clock) {
        this.tokens = tokens;
        this.accessTokens = accessTokens;
        this.config = config;
        this.clock = clock;
    }

    /** Opens a new family; call inside the login's transaction. */
    public Uni<TokenPair> open(SubjectKind kind, AccessTokens.Grant grant) {
        return next(UUID.randomUUID(), kind, grant);
    }

    /**
     * Exchanges a refresh token for the next pair. A refusal is decided and stored (a reused
     * token's family stays revoked) before it is answered, so it never rolls back.
     */
    public Uni<TokenPair> refresh(String refreshToken, Grants grants) {
        return rotate(refreshToken, grants).map(rotation -> {
            if (rotation instanceof Refused refused) {
                throw new ProblemException(refused.code());
            }
            return ((Rotated) rotation).pair();
        });
    }

    @WithTransaction
    Uni<Rotation> rotate(String refreshToken, Grants grants) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tokens.findByHash(hash(refreshToken)).flatMap(token -> {
            if (token == null || token.revokedAt != null || !token.expiresAt.isAfter(now)) {
                return refused(ProblemCode.REFRESH_TOKEN_INVALID);
            }
            if (token.usedAt != null) {
                return tokens.revokeFamily(token.familyId, now).replaceWith(refused(ProblemCode.REFRESH_TOKEN_REUSED));
            }
            return tokens.markUsed(token.id, now).flatMap(marked -> marked == 0
                    // Another request used it a moment ago: the same theft signal.
                    ? tokens.revokeFamily(token.familyId, now).replaceWith(refused(ProblemCode.REFRESH_TOKEN_REUSED))
                    : grants.grantFor(token.subjectKind, token.subjectId)
                            .flatMap(grant -> grant == null ? refused(ProblemCode.REFRESH_TOKEN_INVALID)
                                    : next(token.familyId, token.subjectKind, grant)
                                            .map(pair -> (Rotation) new Rotated(pair))));
        });
    }

    /** Ends the session the token belongs to; unknown tokens are ignored (logout is idempotent). */
    @WithTransaction
    public Uni<Void> logout(String refreshToken) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tokens.findByHash(hash(refreshToken))
                .flatMap(token -> token == null ? Uni.createFrom().voidItem()
                        : tokens.revokeFamily(token.familyId, now).replaceWithVoid());
    }

    private Uni<TokenPair> next(UUID familyId, SubjectKind kind, AccessTokens.Grant grant) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String value = newTokenValue();
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.familyId = familyId;
        token.subjectKind = kind;
        token.subjectId = grant.subject();
        token.tokenHash = hash(value);
        token.issuedAt = now;
        token.expiresAt = now.plus(config.refreshTokenLifespan());
        return tokens.persist(token).map(saved -> {
            AccessTokens.Issued access = accessTokens.issue(grant);
            return new TokenPair(access.token(), "Bearer", config.accessTokenLifespan().toSeconds(), access.expiresAt(),
                    value, saved.expiresAt.toInstant());
        });
    }

    private static Uni<Rotation> refused(ProblemCode code) {
        return Uni.createFrom().item(new Refused(code));
    }

    private String newTokenValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Refresh tokens carry 256 random bits: a plain SHA-256 is enough to keep them unusable at rest. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
