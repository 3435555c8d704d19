package io.jiayi.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid ID numbers (GB 11643) for tests, so no two tests meet the same person. */
public final class TestIdNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private TestIdNumbers() {
    }

    /** An adult born some 20 to 60 years before {@code today}. */
    public static String adult(LocalDate today) {
        return of(today.minusYears(20 + ThreadLocalRandom.current().nextInt(40))
                .minusDays(ThreadLocalRandom.current().nextInt(365)), ThreadLocalRandom.current().nextBoolean());
    }

    /** A child of {@code years} full years on {@code today}. */
    public static String child(LocalDate today, int years) {
        return of(today.minusYears(years).minusDays(1 + ThreadLocalRandom.current().nextInt(300)), true);
    }

    public static String of(LocalDate birthDate, boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int sequence = random.nextInt(100) * 10 + (male ? 1 + 2 * random.nextInt(5) : 2 * random.nextInt(5));
        String body = "3101" + String.format("%02d", 1 + random.nextInt(30))
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return body + checkDigit(body);
    }

    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check digit. */
    public static String withWrongCheckDigit(String idNumber) {
        char right = idNumber.charAt(17);
        char wrong = right == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }
}
