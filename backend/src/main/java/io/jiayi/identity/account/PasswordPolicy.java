package io.jiayi.identity.account;

import java.util.Locale;

/** Passwords of staff accounts: long enough but within bcrypt's 72 bytes, of letters and digits, not the username. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static boolean acceptable(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || !Passwords.fits(password)) {
            return false;
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean containsUsername = username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT));
        return letter && digit && !containsUsername;
    }
}
