package io.jiayi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

class PersonalDataCipherProducerTest {

    private static final String K1 = base64(32, 1);
    private static final String K2 = base64(32, 2);
    private static final String HASH_KEY = base64(32, 3);

    record Config(String activeKeyId, Map<String, String> encryptionKeys, String hashKey)
            implements PrivacyConfig {
    }

    @Test
    void shouldBuildACipherFromBase64Keys() {
        PersonalDataCipher cipher = PersonalDataCipherProducer.create(
                new Config("k2", Map.of("k1", K1, "k2", K2 + "\n"), HASH_KEY));

        assertThat(cipher.encrypt("张三")).startsWith("k2:");
        assertThat(cipher.decrypt(cipher.encrypt("张三"))).isEqualTo("张三");
        assertThat(cipher.lookupHash("13800000000")).hasSize(64);
    }

    @Test
    void shouldNameTheMissingActiveKey() {
        assertThatThrownBy(() -> PersonalDataCipherProducer.create(new Config("k1", Map.of(), HASH_KEY)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jiayi.privacy.encryption-keys.k1");
        assertThatThrownBy(() -> PersonalDataCipherProducer.create(new Config("k2", Map.of("k1", K1), HASH_KEY)))
                .hasMessageContaining("jiayi.privacy.encryption-keys.k2");
    }

    @Test
    void shouldNameAKeyOfTheWrongLengthWithoutEchoingIt() {
        String shortKey = base64(16, 7);

        assertThatThrownBy(() -> PersonalDataCipherProducer.create(
                new Config("k1", Map.of("k1", K1, "old", shortKey), HASH_KEY)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jiayi.privacy.encryption-keys.old")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void shouldNameAKeyThatIsNotBase64WithoutEchoingIt() {
        String notBase64 = "s3cr3t-passw0rd!";

        assertThatThrownBy(() -> PersonalDataCipherProducer.create(
                new Config("k1", Map.of("k1", notBase64), HASH_KEY)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jiayi.privacy.encryption-keys.k1")
                .hasMessageNotContaining(notBase64)
                .hasNoCause();
        assertThatThrownBy(() -> PersonalDataCipherProducer.create(new Config("k1", Map.of("k1", K1), "%%%")))
                .hasMessageContaining("jiayi.privacy.hash-key")
                .hasMessageNotContaining("%%%");
    }

    @Test
    void shouldNameAShortOrBlankHashKey() {
        assertThatThrownBy(() -> PersonalDataCipherProducer.create(
                new Config("k1", Map.of("k1", K1), base64(31, 3))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jiayi.privacy.hash-key");
        assertThatThrownBy(() -> PersonalDataCipherProducer.create(new Config("k1", Map.of("k1", K1), " ")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jiayi.privacy.hash-key");
    }

    private static String base64(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (seed * 17 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
