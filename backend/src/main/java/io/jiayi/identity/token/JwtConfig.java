package io.jiayi.identity.token;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.jwt")
public interface JwtConfig {

    /** Folder of PEM keys named {@code <kid>.pem}: private keys sign and verify, public keys only verify. */
    Optional<Path> keyDirectory();

    /** The kid of the key that signs new tokens; by default the last private key by name. */
    Optional<String> signingKeyId();

    /** Generate and store a key pair when the folder holds no private key (dev and test only). */
    @WithDefault("false")
    boolean generateIfMissing();

    /** How often the folder is read again, so that an added key verifies without a restart. */
    @WithDefault("60s")
    Duration keyReloadInterval();

    /** Lifetime of an access token. */
    @WithDefault("PT15M")
    Duration accessTokenLifespan();

    /** Lifetime of a refresh token (each is used once and replaced). */
    @WithDefault("P30D")
    Duration refreshTokenLifespan();

    /** Tolerated difference between our clock and a token's times. */
    @WithDefault("30s")
    Duration clockSkew();
}
