package io.jiayi.identity.realname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jiayi.identity.realname.InvalidIdNumberException.Reason;

class ChineseIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @Test
    void shouldReadTheStandardsOwnExample() {
        ChineseIdNumber id = ChineseIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void shouldTellAMaleFromAnOddSeventeenthDigit() {
        ChineseIdNumber id = ChineseIdNumber.parse(withCheckDigit("31010519800101123"), TODAY);

        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.regionCode()).isEqualTo("310105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void shouldTellAFemaleFromAnEvenSeventeenthDigit() {
        assertThat(ChineseIdNumber.parse(withCheckDigit("31010519800101124"), TODAY).sex())
                .isEqualTo(Sex.FEMALE);
        assertThat(ChineseIdNumber.parse(withCheckDigit("31010519800101120"), TODAY).sex())
                .isEqualTo(Sex.FEMALE);
    }

    @Test
    void shouldAcceptACheckDigitX() {
        String number = firstNumberWithCheckDigit("31010520010615", 'X');

        assertThat(ChineseIdNumber.parse(number, TODAY).value()).isEqualTo(number).endsWith("X");
    }

    @Test
    void shouldForgiveALowerCaseXAndSurroundingBlanks() {
        assertThat(ChineseIdNumber.parse(" 11010519491231002x\u3000", TODAY).value())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void shouldRefuseAWrongCheckDigit() {
        String right = withCheckDigit("31010519800101123");
        String wrong = right.substring(0, 17) + (right.charAt(17) == '0' ? '1' : '0');

        assertReason(wrong, Reason.CHECK_DIGIT);
        assertReason("110105194912310021", Reason.CHECK_DIGIT);
    }

    @Test
    void shouldRefuseATypoThatTheCheckDigitCatches() {
        // Two digits swapped, the commonest typing error, with the original check digit.
        assertReason("11010519491231020X", Reason.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1101051949123100", "11010519491231002", "11010519491231002X1",
            "1101051949123100AX", "11010519491231X02X", "11010519491231002Y", "110105 19491231002X",
            "１１０１０５１９４９１２３１００２Ｘ", "110105491231002" })
    void shouldRefuseAnythingButSeventeenDigitsAndADigitOrX(String raw) {
        assertReason(raw, Reason.FORMAT);
    }

    @Test
    void shouldRefuseNoNumberAsAFormatError() {
        assertReason(null, Reason.FORMAT);
    }

    @Test
    void shouldRefuseARegionStartingWithZeroOrNine() {
        assertReason(withCheckDigit("01010519800101123"), Reason.REGION);
        assertReason(withCheckDigit("91010519800101123"), Reason.REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = { "19990230", "19990229", "19991301", "19990001", "19990100", "00000000" })
    void shouldRefuseABirthDateThatIsNoCalendarDate(String yyyyMMdd) {
        assertReason(withCheckDigit("310105" + yyyyMMdd + "123"), Reason.BIRTH_DATE);
    }

    @Test
    void shouldAcceptTheTwentyNinthOfFebruaryOfALeapYear() {
        assertThat(ChineseIdNumber.parse(withCheckDigit("31010520000229123"), TODAY).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void shouldRefuseABirthDateAfterToday() {
        assertReason(withCheckDigit("31010520250302123"), Reason.BIRTH_DATE);
        assertThat(ChineseIdNumber.parse(withCheckDigit("31010520250301123"), TODAY).birthDate())
                .isEqualTo(TODAY);
    }

    @Test
    void shouldRefuseABirthDateBefore1900() {
        assertReason(withCheckDigit("31010518991231123"), Reason.BIRTH_DATE);
        assertThat(ChineseIdNumber.parse(withCheckDigit("31010519000101123"), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void shouldNeverPutTheNumberInTheExceptionMessage() {
        String wrong = "110105194912310021";

        assertThatThrownBy(() -> ChineseIdNumber.parse(wrong, TODAY))
                .hasMessageNotContaining(wrong).hasMessageNotContaining("19491231");
        assertThatThrownBy(() -> ChineseIdNumber.parse(withCheckDigit("31010519990230123"), TODAY))
                .hasMessageNotContaining("19990230").hasNoCause();
    }

    @Test
    void shouldCountTheBirthdayAsTheYearCompleted() {
        ChineseIdNumber id = ChineseIdNumber.parse(withCheckDigit("31010520100615124"), TODAY);

        assertThat(id.ageOn(LocalDate.of(2024, 6, 14))).isEqualTo(13);
        assertThat(id.isUnder(14, LocalDate.of(2024, 6, 14))).isTrue();
        assertThat(id.ageOn(LocalDate.of(2024, 6, 15))).isEqualTo(14);
        assertThat(id.isUnder(14, LocalDate.of(2024, 6, 15))).isFalse();
    }

    @Test
    void shouldCompleteALeapDayBirthYearOnTheFirstOfMarch() {
        ChineseIdNumber id = ChineseIdNumber.parse(withCheckDigit("31010520080229124"), TODAY);

        assertThat(id.ageOn(LocalDate.of(2022, 2, 28))).isEqualTo(13);
        assertThat(id.ageOn(LocalDate.of(2022, 3, 1))).isEqualTo(14);
        assertThat(id.ageOn(LocalDate.of(2024, 2, 29))).isEqualTo(16);
    }

    @Test
    void shouldRefuseAnAgeBeforeBirth() {
        ChineseIdNumber id = ChineseIdNumber.parse(withCheckDigit("31010520100615124"), TODAY);

        assertThatThrownBy(() -> id.ageOn(LocalDate.of(2010, 6, 14)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldShowOnlyTheMaskedNumberWhenPrinted() {
        ChineseIdNumber id = ChineseIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat("resident " + id).doesNotContain("19491231");
    }

    @Test
    void shouldRefuseHandBuiltPartsThatContradictTheNumber() {
        assertThatThrownBy(() -> new ChineseIdNumber("11010519491231002X", "110105",
                LocalDate.of(1949, 12, 31), Sex.MALE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChineseIdNumber("11010519491231002X", "310105",
                LocalDate.of(1949, 12, 31), Sex.FEMALE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChineseIdNumber("11010519491231002X", "110105",
                LocalDate.of(1949, 12, 30), Sex.FEMALE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldBeEqualForTheSameNumber() {
        assertThat(ChineseIdNumber.parse("11010519491231002x", TODAY))
                .isEqualTo(ChineseIdNumber.parse("11010519491231002X", TODAY));
    }

    private static void assertReason(String raw, Reason reason) {
        assertThatThrownBy(() -> ChineseIdNumber.parse(raw, TODAY))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** First 14 digits plus the first sequence (3 digits) whose check digit is the one wanted. */
    private static String firstNumberWithCheckDigit(String first14, char wanted) {
        for (int sequence = 0; sequence < 1000; sequence++) {
            String number = withCheckDigit(first14 + String.format("%03d", sequence));
            if (number.charAt(17) == wanted) {
                return number;
            }
        }
        throw new AssertionError("no sequence gives " + wanted);
    }

    /**
     * Appends the check digit, computed the way the standard derives it rather than from a
     * table: weight of position i (1-based from the right, the check digit being 1) is 2^(i-1)
     * mod 11, and the check digit makes the weighted sum 1 mod 11.
     */
    private static String withCheckDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = java.math.BigInteger.TWO.modPow(java.math.BigInteger.valueOf(17 - i),
                    java.math.BigInteger.valueOf(11)).intValue();
            sum += Character.digit(first17.charAt(i), 10) * weight;
        }
        int check = Math.floorMod(1 - sum, 11);
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }
}
