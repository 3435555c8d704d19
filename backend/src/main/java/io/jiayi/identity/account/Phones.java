package io.jiayi.identity.account;

import java.util.regex.Pattern;

import io.jiayi.common.error.ProblemException;

/** Mainland mobile numbers, as residents type them: with spaces, dashes or a +86 prefix. */
public final class Phones {

    /** What the API accepts; {@link #normalise} reduces it to the 11 digits. */
    public static final String PATTERN = "^\\s*(\\+?86)?[\\s-]*1[3-9](\\d[\\s-]*){9}$";
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private Phones() {
    }

    public static String normalise(String raw, String field) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw ProblemException.invalidField(field, "field.phone.invalid");
        }
        return digits;
    }
}
