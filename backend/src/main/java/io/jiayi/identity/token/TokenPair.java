package io.jiayi.identity.token;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenPair", description = "An access token for API calls and a one-use refresh token to get the next pair.")
public record TokenPair(
        @Schema(description = "RS256 JWT; send as `Authorization: Bearer ...`") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds the access token is valid", example = "900") long expiresIn,
        Instant accessTokenExpiresAt,
        @Schema(description = "Opaque; valid once, replaced by the next pair", maxLength = 64) String refreshToken,
        Instant refreshTokenExpiresAt) {
}
