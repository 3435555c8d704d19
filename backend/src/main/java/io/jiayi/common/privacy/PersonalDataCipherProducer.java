package io.jiayi.common.privacy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Builds the {@link PersonalDataCipher} from {@link PrivacyConfig}. Made at start, not on first
 * use, so a missing or malformed key stops the deployment instead of the first registration.
 */
@ApplicationScoped
public class PersonalDataCipherProducer {

    private static final String PREFIX = "jiayi.privacy.";
    private static final int AES_KEY_BYTES = 32;
    private static final int MIN_HASH_KEY_BYTES = 32;

    @Produces
    @Singleton
    @Startup
    PersonalDataCipher personalDataCipher(PrivacyConfig config) {
        return create(config);
    }

    static PersonalDataCipher create(PrivacyConfig config) {
        String activeKeyId = config.activeKeyId();
        if (!config.encryptionKeys().containsKey(activeKeyId)) {
            throw new ConfigurationException(PREFIX + "encryption-keys." + activeKeyId
                    + " is missing: it is the active key (" + PREFIX + "active-key-id)");
        }
        Map<String, byte[]> keys = new HashMap<>();
        config.encryptionKeys().forEach((id, base64) -> {
            String property = PREFIX + "encryption-keys." + id;
            byte[] key = decode(property, base64);
            if (key.length != AES_KEY_BYTES) {
                throw new ConfigurationException(property + " must be the base64 of " + AES_KEY_BYTES
                        + " bytes, not of " + key.length);
            }
            keys.put(id, key);
        });
        byte[] hashKey = decode(PREFIX + "hash-key", config.hashKey());
        if (hashKey.length < MIN_HASH_KEY_BYTES) {
            throw new ConfigurationException(PREFIX + "hash-key must be the base64 of at least "
                    + MIN_HASH_KEY_BYTES + " bytes, not of " + hashKey.length);
        }
        return new PersonalDataCipher(activeKeyId, keys, hashKey);
    }

    private static byte[] decode(String property, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new ConfigurationException(property + " is missing");
        }
        try {
            // Trimmed: a key pasted into an environment file often brings a newline along.
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the key.
            throw new ConfigurationException(property + " is not valid base64");
        }
    }
}
