package io.jiayi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final byte[] K1 = bytes(32, 1);
    private static final byte[] K2 = bytes(32, 2);
    private static final byte[] HASH_KEY = bytes(32, 3);

    private final PersonalDataCipher cipher = new PersonalDataCipher("k1", Map.of("k1", K1), HASH_KEY);

    @Test
    void shouldDecryptWhatItEncrypted() {
        for (String plaintext : List.of("13800000000", "31010519800101123X", "张三",
                "上海市长宁区延安西路 1 号 3 室 🏥", "")) {
            assertThat(cipher.decrypt(cipher.encrypt(plaintext))).isEqualTo(plaintext);
        }
    }

    @Test
    void shouldWriteTheKeyIdThenIvCiphertextAndTagInUnpaddedBase64Url() {
        String plaintext = "张三";

        String stored = cipher.encrypt(plaintext);

        assertThat(stored).startsWith("k1:").matches("k1:[A-Za-z0-9_-]+");
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(3));
        assertThat(payload).hasSize(12 + plaintext.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void shouldGiveTwoDifferentTextsForOneValue() {
        assertThat(cipher.encrypt("13800000000")).isNotEqualTo(cipher.encrypt("13800000000"));
    }

    @Test
    void shouldDetectATamperedValue() {
        String stored = cipher.encrypt("31010519800101123X");
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(3));
        // Every byte: the IV, the ciphertext and the tag are all covered.
        for (int i = 0; i < payload.length; i++) {
            byte[] altered = payload.clone();
            altered[i] ^= 0x01;
            String tampered = "k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> cipher.decrypt(tampered))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("31010519800101123X");
        }
    }

    @Test
    void shouldRefuseAValueMovedUnderAnotherKeyId() {
        // Same key bytes under two ids: only the authenticated key id tells them apart.
        PersonalDataCipher twins = new PersonalDataCipher("k1", Map.of("k1", K1, "k2", K1), HASH_KEY);
        String stored = twins.encrypt("张三");

        assertThatThrownBy(() -> twins.decrypt("k2" + stored.substring(2)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldDecryptOldValuesAfterANewKeyBecomesActive() {
        String underK1 = cipher.encrypt("张三");
        PersonalDataCipher rotated = new PersonalDataCipher("k2", Map.of("k1", K1, "k2", K2), HASH_KEY);

        assertThat(rotated.decrypt(underK1)).isEqualTo("张三");
        assertThat(rotated.encrypt("张三")).startsWith("k2:");
        assertThat(rotated.activeKeyId()).isEqualTo("k2");
    }

    @Test
    void shouldRefuseAnUnknownKeyIdWithoutQuotingTheValue() {
        PersonalDataCipher other = new PersonalDataCipher("k9", Map.of("k9", K2), HASH_KEY);
        String stored = other.encrypt("13800000000");

        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key id")
                .hasMessageNotContaining("k9")
                .hasMessageNotContaining(stored.substring(3));
    }

    @Test
    void shouldRefuseWhatIsNoEncryptedValueWithoutQuotingIt() {
        for (String notEncrypted : List.of("13800000000", "k1:13800000000!", "k1:AAAA", "k1:", "张三:x")) {
            assertThatThrownBy(() -> cipher.decrypt(notEncrypted))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("13800000000")
                    .hasMessageNotContaining("张三");
        }
    }

    @Test
    void shouldGiveAStableHexLookupHash() {
        PersonalDataCipher sameHashKey = new PersonalDataCipher("k2", Map.of("k2", K2), HASH_KEY.clone());

        String hash = cipher.lookupHash("31010519800101123X");

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(cipher.lookupHash("31010519800101123X")).isEqualTo(hash);
        assertThat(sameHashKey.lookupHash("31010519800101123X")).isEqualTo(hash);
        assertThat(cipher.lookupHash("31010519800101124X")).isNotEqualTo(hash);
    }

    @Test
    void shouldGiveAnotherLookupHashUnderAnotherHashKey() {
        PersonalDataCipher otherHashKey = new PersonalDataCipher("k1", Map.of("k1", K1), bytes(32, 4));

        assertThat(otherHashKey.lookupHash("13800000000")).isNotEqualTo(cipher.lookupHash("13800000000"));
    }

    @Test
    void shouldComputeHmacSha256AsRfc4231Does() {
        // RFC 4231 test case 6: a 131-byte key of 0xaa.
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        PersonalDataCipher rfc = new PersonalDataCipher("k1", Map.of("k1", K1), key);

        assertThat(rfc.lookupHash("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void shouldWorkFromManyThreadsAtOnce() {
        List<String> values = IntStream.range(0, 2_000).mapToObj(i -> "1380000" + String.format("%04d", i)).toList();

        List<String> decrypted = values.parallelStream().map(cipher::encrypt).map(cipher::decrypt).toList();
        List<String> hashes = values.parallelStream().map(cipher::lookupHash).toList();

        assertThat(decrypted).isEqualTo(values);
        assertThat(hashes).isEqualTo(values.stream().map(cipher::lookupHash).toList());
    }

    @Test
    void shouldRefuseAnEncryptionKeyThatIsNot32Bytes() {
        for (int size : new int[] { 0, 16, 24, 31, 33, 64 }) {
            assertThatThrownBy(() -> new PersonalDataCipher("k1", Map.of("k1", new byte[size]), HASH_KEY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("k1");
        }
        assertThatThrownBy(() -> new PersonalDataCipher("k1", Map.of("k1", K1, "old", bytes(16, 5)), HASH_KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("old");
    }

    @Test
    void shouldRefuseAHashKeyShorterThan32Bytes() {
        assertThatThrownBy(() -> new PersonalDataCipher("k1", Map.of("k1", K1), bytes(31, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hash key");
        assertThat(new PersonalDataCipher("k1", Map.of("k1", K1), bytes(64, 3)).lookupHash("x")).hasSize(64);
    }

    @Test
    void shouldRefuseAnActiveKeyIdThatIsNotListed() {
        assertThatThrownBy(() -> new PersonalDataCipher("k2", Map.of("k1", K1), HASH_KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k2");
    }

    @Test
    void shouldRefuseAKeyIdThatWouldBreakTheStoredFormat() {
        assertThatThrownBy(() -> new PersonalDataCipher("k:1", Map.of("k:1", K1), HASH_KEY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotBeAffectedByChangesToTheArraysItWasGiven() {
        byte[] key = K1.clone();
        byte[] hashKey = HASH_KEY.clone();
        PersonalDataCipher own = new PersonalDataCipher("k1", Map.of("k1", key), hashKey);
        String stored = own.encrypt("张三");
        String hash = own.lookupHash("张三");

        Arrays.fill(key, (byte) 0);
        Arrays.fill(hashKey, (byte) 0);

        assertThat(own.decrypt(stored)).isEqualTo("张三");
        assertThat(own.lookupHash("张三")).isEqualTo(hash);
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
