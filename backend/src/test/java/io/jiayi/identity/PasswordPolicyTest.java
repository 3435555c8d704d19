package io.jiayi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jiayi.identity.account.PasswordPolicy;

class PasswordPolicyTest {

    @Test
    void aLongPasswordOfLettersAndDigitsIsAccepted() {
        assertThat(PasswordPolicy.acceptable("Correct-horse-42", "xinhua.doctor")).isTrue();
    }

    @Test
    void shortOrOneKindPasswordsAreRefused() {
        assertThat(PasswordPolicy.acceptable("Short-1", "a.b")).isFalse();
        assertThat(PasswordPolicy.acceptable("onlyletters-here", "a.b")).isFalse();
        assertThat(PasswordPolicy.acceptable("1234567890123", "a.b")).isFalse();
        assertThat(PasswordPolicy.acceptable(null, "a.b")).isFalse();
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(PasswordPolicy.acceptable("my-Xinhua.Doctor-2026", "xinhua.doctor")).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        assertThat(PasswordPolicy.acceptable("Aa1" + "x".repeat(68), "a.b")).isTrue();
        assertThat(PasswordPolicy.acceptable("Aa1" + "x".repeat(69), "a.b")).isFalse();
        // 24 Chinese characters are 72 bytes.
        assertThat(PasswordPolicy.acceptable("密码" + "医".repeat(22) + "a1", "a.b")).isFalse();
    }
}
