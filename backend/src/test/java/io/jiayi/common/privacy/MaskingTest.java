package io.jiayi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTest {

    @Test
    void shouldKeepTheCarrierPrefixAndLastFourOfAMobile() {
        assertThat(Masking.phone("13800000000")).isEqualTo("138****0000");
        assertThat(Masking.phone("19912345678")).isEqualTo("199****5678");
    }

    @Test
    void shouldKeepFirstThreeAndLastTwoOfAnyOtherPhoneAtItsLength() {
        assertThat(Masking.phone("02162345678")).isEqualTo("021******78");
        assertThat(Masking.phone("12345678901")).isEqualTo("123******01");
        assertThat(Masking.phone("+8613800000000")).isEqualTo("+86*********00");
        assertThat(Masking.phone("1234567")).isEqualTo("123**67");
    }

    @Test
    void shouldHideAShortPhoneEntirely() {
        assertThat(Masking.phone("123456")).isEqualTo("******");
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void shouldKeepRegionAndLastFourOfAnIdNumber() {
        assertThat(Masking.idNumber("31010519800101123X")).isEqualTo("310105********123X");
        assertThat(Masking.idNumber("110105194912310021")).isEqualTo("110105********0021");
    }

    @Test
    void shouldKeepFirstAndLastTwoOfAnIdOfAnotherLength() {
        assertThat(Masking.idNumber("310105800101123")).isEqualTo("31***********23");
        assertThat(Masking.idNumber("E12345678")).isEqualTo("E1*****78");
        assertThat(Masking.idNumber("12345")).isEqualTo("12*45");
    }

    @Test
    void shouldHideAnIdOfFourCharactersOrFewerEntirely() {
        assertThat(Masking.idNumber("1234")).isEqualTo("****");
        assertThat(Masking.idNumber("")).isEmpty();
        assertThat(Masking.idNumber(null)).isNull();
    }

    @Test
    void shouldMaskMobilesInFreeText() {
        assertThat(Masking.text("SMS to 13800000000 failed, retry 13912345678"))
                .isEqualTo("SMS to 138****0000 failed, retry 139****5678");
        assertThat(Masking.text("手机号13800000000已绑定")).isEqualTo("手机号138****0000已绑定");
        assertThat(Masking.text("phone=13800000000;")).isEqualTo("phone=138****0000;");
    }

    @Test
    void shouldMaskMobilesWrittenWithACountryCode() {
        assertThat(Masking.text("to +8613800000000")).isEqualTo("to +86138****0000");
        assertThat(Masking.text("to 8613800000000")).isEqualTo("to 86138****0000");
        assertThat(Masking.text("to +86 13800000000")).isEqualTo("to +86 138****0000");
        assertThat(Masking.text("to +86-13800000000.")).isEqualTo("to +86-138****0000.");
    }

    @Test
    void shouldMaskIdNumbersInFreeText() {
        assertThat(Masking.text("real-name check failed for 31010519800101123X (name mismatch)"))
                .isEqualTo("real-name check failed for 310105********123X (name mismatch)");
        assertThat(Masking.text("身份证:11010519491231002x,"))
                .isEqualTo("身份证:110105********002x,");
        assertThat(Masking.text("{\"idNumber\":\"110105194912310021\",\"phone\":\"13800000000\"}"))
                .isEqualTo("{\"idNumber\":\"110105********0021\",\"phone\":\"138****0000\"}");
    }

    @Test
    void shouldLeaveDigitRunsOfOtherLengthsAlone() {
        assertThat(Masking.text("1380000000")).isEqualTo("1380000000");
        assertThat(Masking.text("138000000001")).isEqualTo("138000000001");
        assertThat(Masking.text("12800000000")).isEqualTo("12800000000");
        assertThat(Masking.text("1101051949123100210")).isEqualTo("1101051949123100210");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "booking 3f2a9c10-1b4e-4c8d-9e7f-a13800000000 confirmed",
            "traceId=4bf92f3577b34da6a3ce929d0e0e4736",
            "traceId=ab13912345678cd13800000000ef012345",
            "at 2025-03-01T08:30:00.123+08:00 epochMillis=1740789000123 nanos=1740789000123456789",
            "verification code 482913 sent",
            "order 20250301083000 slot 2025030108",
            "plain text with no numbers",
            "" })
    void shouldLeaveIdsTimestampsAndCodesUntouched(String text) {
        assertThat(Masking.text(text)).isEqualTo(text);
    }

    @Test
    void shouldPassNullThrough() {
        assertThat(Masking.text(null)).isNull();
    }
}
