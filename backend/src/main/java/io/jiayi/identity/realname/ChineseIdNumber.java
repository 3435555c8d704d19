package io.jiayi.identity.realname;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;

import io.jiayi.common.privacy.Masking;
import io.jiayi.identity.realname.InvalidIdNumberException.Reason;

/**
 * A mainland resident identity card number (居民身份证号码, GB 11643-1999) with what it tells:
 * the region of first registration, the birth date and the sex. Only the 18-character form is
 * accepted; 15-digit numbers were replaced in 2013 and carry no check digit.
 *
 * <p>{@link #toString()} gives the masked form, so the number never reaches a log by accident;
 * {@link #value()} is for storage (encrypted) and for the real-name check only.
 */
public record ChineseIdNumber(String value, String regionCode, LocalDate birthDate, Sex sex) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_DIGITS = "10X98765432".toCharArray();
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Refuses parts that disagree with the number, which only a hand-built instance could have. */
    public ChineseIdNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (value.length() != 18 || !value.startsWith(regionCode) || regionCode.length() != 6
                || !value.substring(6, 14).equals(birthDate.format(BIRTH_DATE))
                || sex != sexOf(value)) {
            throw new IllegalArgumentException("the parts do not match the ID number");
        }
    }

    /**
     * Reads a number as a resident typed it: surrounding blanks and a lower-case x are
     * forgiven, nothing else.
     *
     * @param today the date in the district, as a birth date after it is a typing error
     * @throws InvalidIdNumberException naming the first part found wrong
     */
    public static ChineseIdNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (raw == null) {
            throw new InvalidIdNumberException(Reason.FORMAT, "no ID number");
        }
        String value = raw.strip();
        if (value.endsWith("x")) {
            value = value.substring(0, value.length() - 1) + 'X';
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidIdNumberException(Reason.FORMAT,
                    "an ID number is 17 digits followed by a digit or X");
        }
        // Region codes (GB/T 2260) start with 1-8; 9 is unused and 0 never was.
        if (value.charAt(0) < '1' || value.charAt(0) > '8') {
            throw new InvalidIdNumberException(Reason.REGION, "no region code starts like this");
        }
        LocalDate birthDate = birthDate(value, today);
        if (value.charAt(17) != checkDigit(value)) {
            throw new InvalidIdNumberException(Reason.CHECK_DIGIT, "the check digit does not match");
        }
        return new ChineseIdNumber(value, value.substring(0, 6), birthDate, sexOf(value));
    }

    /** Age in full years on that date: the birthday itself counts as the year completed. */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("the date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /** Whether the holder has not yet completed that many years on that date. */
    public boolean isUnder(int years, LocalDate date) {
        return ageOn(date) < years;
    }

    /** The number with its birth date and sequence hidden, as {@link Masking#idNumber} does. */
    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDate(String value, LocalDate today) {
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            // Not chained: the parser's message quotes the digits.
            throw new InvalidIdNumberException(Reason.BIRTH_DATE, "the birth date is no calendar date");
        }
        if (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidIdNumberException(Reason.BIRTH_DATE,
                    "the birth date is in the future or before 1900");
        }
        return birthDate;
    }

    // ISO 7064 MOD 11-2 as GB 11643-1999 gives it: weights 2^(17-i) mod 11.
    private static char checkDigit(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS[sum % 11];
    }

    private static Sex sexOf(String value) {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }
}
