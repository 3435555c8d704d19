package io.jiayi.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;

/** The key's form as the API documents it: {@code ^[A-Za-z0-9_-]{8,64}$}. */
class IdempotencyKeyFormTest {

    @ParameterizedTest
    @ValueSource(strings = { "abcdefgh", "lock-0123456789", "A_b-C_d-9", "0123456789012345678901234567890123456789012345678901234567890123",
            "3f2b8c1e-5d4a-4e7b-9c2d-1a0b3c4d5e6f" })
    void aKeyOfEightToSixtyFourLettersDigitsDashesAndUnderscoresIsAccepted(String key) {
        assertTrue(Idempotency.wellFormed(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "abcdefg", "01234567890123456789012345678901234567890123456789012345678901234",
            "warm-up!", "has space", "key.with.dots", "锁号锁号锁号锁号", "abcdefg\n", "ÄBCDEFGH" })
    void aKeyTooShortTooLongOrWithAnyOtherCharacterIsRefused(String key) {
        assertFalse(Idempotency.wellFormed(key), key);
    }

    @Test
    void aMissingKeyIsRefusedAsAnInvalidHeaderField() {
        assertFalse(Idempotency.wellFormed(null));
        ProblemException refused = assertThrows(ProblemException.class, () -> Idempotency.requireValid(null));
        assertEquals(ProblemCode.VALIDATION_FAILED, refused.code());
        assertEquals(Idempotency.HEADER, refused.fieldProblems().get(0).field());
    }
}
