package io.jiayi.common.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers and identity card numbers wherever they are shown or logged, so a
 * screen, a log line or a support ticket identifies a resident only to someone who already
 * knows the number.
 */
public final class Masking {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /*
     * One pass for both kinds, so an ID number is never re-scanned as holding a phone. The
     * boundaries exclude letters as well as digits: a hex trace id or a UUID can hold eleven
     * digits between two letters, and masking those would corrupt ids we need to search logs by.
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9A-Za-z])"
                    + "(?:(?<id>\\d{17}[\\dXx])|(?<prefix>\\+?86[ -]?)?(?<mobile>1[3-9]\\d{9}))"
                    + "(?![0-9A-Za-z])");

    private Masking() {
    }

    /**
     * {@code 13800000000} becomes {@code 138****0000}; any other value of 7 or more characters
     * keeps its first 3 and last 2; a shorter one becomes all stars.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (MAINLAND_MOBILE.matcher(phone).matches()) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        if (phone.length() >= 7) {
            return keep(phone, 3, 2);
        }
        return "*".repeat(phone.length());
    }

    /**
     * An 18-character number keeps its region (first 6) and last 4:
     * {@code 310105********123X}. Any other value keeps its first and last 2, and one of 4
     * characters or fewer becomes all stars, as those 4 would be all of it.
     */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() == 18) {
            return keep(idNumber, 6, 4);
        }
        if (idNumber.length() <= 4) {
            return "*".repeat(idNumber.length());
        }
        return keep(idNumber, 2, 2);
    }

    /**
     * Masks every mainland mobile number (also after a {@code +86} or {@code 86} prefix, which
     * is kept) and every 18-character ID number in free text; the rest is left as it is.
     */
    public static String text(String text) {
        if (text == null || !hasElevenDigitsInARow(text)) {
            return text;
        }
        Matcher matcher = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String masked;
            if (matcher.group("id") != null) {
                masked = idNumber(matcher.group("id"));
            } else {
                String prefix = matcher.group("prefix");
                masked = (prefix == null ? "" : prefix) + phone(matcher.group("mobile"));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        return matcher.appendTail(out).toString();
    }

    private static String keep(String value, int head, int tail) {
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    // Every log line passes through text(): most have no long digit run, and skip the regex.
    private static boolean hasElevenDigitsInARow(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 11) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }
}
