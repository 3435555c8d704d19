package io.jiayi.common.privacy;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keys that protect personal data at rest. Only demo and test keys live in
 * application.properties; prod reads them from the environment
 * ({@code JIAYI_PRIVACY_ENCRYPTION_KEYS_K1}, {@code JIAYI_PRIVACY_HASH_KEY}).
 */
@ConfigMapping(prefix = "jiayi.privacy")
public interface PrivacyConfig {

    /** Id of the key that encrypts new values; every key in encryption-keys still decrypts. */
    @WithDefault("k1")
    String activeKeyId();

    /** AES-256 keys by id, each the base64 of 32 random bytes. */
    Map<String, String> encryptionKeys();

    /** HMAC-SHA256 key of the look-up hashes, the base64 of at least 32 random bytes; never rotated. */
    String hashKey();
}
