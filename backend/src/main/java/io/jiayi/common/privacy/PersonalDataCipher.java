package io.jiayi.common.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (names, ID numbers, phones, addresses) with AES-256-GCM, and
 * hashes it for look-ups, so a copy of the database alone reveals nobody.
 *
 * <p>A stored value is {@code <keyId>:<base64url(IV || ciphertext || tag)>}. The active key
 * encrypts; every listed key decrypts, so a new key can become active while old rows are
 * re-encrypted at leisure. The key id is authenticated data: a value moved to another key id
 * fails to decrypt instead of decrypting under the wrong key.
 *
 * <p>Thread-safe: {@link Cipher} and {@link Mac} are not, so each call makes its own.
 */
public final class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final int AES_KEY_BYTES = 32;
    private static final int MIN_HASH_KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNBASE64 = Base64.getUrlDecoder();

    private final String activeKeyId;
    private final Map<String, SecretKeySpec> encryptionKeys;
    private final SecretKeySpec hashKey;
    // One generator for all calls: seeding one per call is slow and gains nothing.
    private final SecureRandom random = new SecureRandom();

    /**
     * @param activeKeyId the id of the key that encrypts; must be among {@code encryptionKeys}
     * @param encryptionKeys 32-byte AES keys by id; ids must not contain {@code :}
     * @param hashKey the HMAC key of {@link #lookupHash}, at least 32 bytes
     * @throws IllegalArgumentException naming the key at fault, never its bytes
     */
    public PersonalDataCipher(String activeKeyId, Map<String, byte[]> encryptionKeys, byte[] hashKey) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        Objects.requireNonNull(encryptionKeys, "encryptionKeys");
        Objects.requireNonNull(hashKey, "hashKey");
        Map<String, SecretKeySpec> keys = new HashMap<>();
        encryptionKeys.forEach((id, key) -> {
            if (id == null || id.isBlank() || id.contains(":")) {
                throw new IllegalArgumentException("a key id must be non-blank and without ':'");
            }
            if (key == null || key.length != AES_KEY_BYTES) {
                throw new IllegalArgumentException("encryption key '" + id + "' must be " + AES_KEY_BYTES
                        + " bytes, not " + (key == null ? 0 : key.length));
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key '" + activeKeyId + "' is not among the keys");
        }
        if (hashKey.length < MIN_HASH_KEY_BYTES) {
            throw new IllegalArgumentException("the hash key must be at least " + MIN_HASH_KEY_BYTES
                    + " bytes, not " + hashKey.length);
        }
        this.activeKeyId = activeKeyId;
        this.encryptionKeys = Map.copyOf(keys);
        this.hashKey = new SecretKeySpec(hashKey, HMAC);
    }

    /** Encrypts with the active key and a fresh IV: one value encrypted twice gives two texts. */
    public String encrypt(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return activeKeyId + ':' + BASE64.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt", e);
        }
    }

    /**
     * Decrypts a value {@link #encrypt} made with any listed key.
     *
     * @throws IllegalStateException when the value is malformed, names a key not listed, or was
     *         altered; the message quotes nothing of the value, which may be personal data
     */
    public String decrypt(String stored) {
        Objects.requireNonNull(stored, "stored");
        int colon = stored.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("not an encrypted value: no key id");
        }
        String keyId = stored.substring(0, colon);
        SecretKeySpec key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("the encrypted value names a key id that is not configured");
        }
        byte[] in;
        try {
            in = UNBASE64.decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the value.
            throw new IllegalStateException("not an encrypted value: not base64url");
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("not an encrypted value: too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt: the value was altered or the key is wrong", e);
        }
    }

    /**
     * A keyed hash (hex HMAC-SHA256) to find or keep unique a value stored only encrypted.
     * It hashes exactly what it is given: normalise first (a parsed ID number's {@code value()},
     * a phone as its 11 digits), or one number gets two hashes.
     */
    public String lookupHash(String value) {
        Objects.requireNonNull(value, "value");
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not hash", e);
        }
    }

    /** The id of the key {@link #encrypt} uses, to find rows still under an older key. */
    public String activeKeyId() {
        return activeKeyId;
    }
}
