package io.jiayi.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.ExtLogRecord.FormatStyle;
import org.junit.jupiter.api.Test;

class PiiMaskingLogFilterTest {

    private final PiiMaskingLogFilter filter = new PiiMaskingLogFilter();

    @Test
    void shouldMaskAPrintfParameterAndKeepTheLineAsFormattedText() {
        ExtLogRecord record = extRecord("SMS code sent to %s for %s", FormatStyle.PRINTF,
                "13800000000", "31010519800101123X");

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage())
                .isEqualTo("SMS code sent to 138****0000 for 310105********123X");
        assertThat(record.getFormatStyle()).isEqualTo(FormatStyle.NO_FORMAT);
        assertThat(record.getParameters()).isNull();
    }

    @Test
    void shouldMaskAMessageFormatParameter() {
        ExtLogRecord record = extRecord("resident {0} failed the real-name check ({1})",
                FormatStyle.MESSAGE_FORMAT, "11010519491231002X", "name mismatch");

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage())
                .isEqualTo("resident 110105********002X failed the real-name check (name mismatch)");
        assertThat(record.getParameters()).isNull();
    }

    @Test
    void shouldMaskANumberWrittenIntoTheMessageItself() {
        ExtLogRecord record = extRecord("callback from +8613912345678", FormatStyle.NO_FORMAT);

        filter.isLoggable(record);

        assertThat(record.getFormattedMessage()).isEqualTo("callback from +86139****5678");
    }

    @Test
    void shouldMaskAPlainJavaUtilLoggingRecord() {
        LogRecord record = new LogRecord(Level.INFO, "booking {0} for {1}");
        record.setParameters(new Object[] { "B-42", "13800000000" });

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getMessage()).isEqualTo("booking B-42 for 138****0000");
        assertThat(record.getParameters()).isNull();
    }

    @Test
    void shouldLeaveARecordWithNothingToMaskAsItWas() {
        Object[] parameters = { "3f2a9c10-1b4e-4c8d-9e7f-a13800000000", 482913 };
        ExtLogRecord record = extRecord("booking %s confirmed, code %d", FormatStyle.PRINTF, parameters);

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getMessage()).isEqualTo("booking %s confirmed, code %d");
        assertThat(record.getFormatStyle()).isEqualTo(FormatStyle.PRINTF);
        assertThat(record.getParameters()).isSameAs(parameters);
    }

    @Test
    void shouldStillMaskWhenTheTemplateDoesNotFitItsParameters() {
        ExtLogRecord record = extRecord("sent to %d", FormatStyle.PRINTF, "13800000000");

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage()).contains("138****0000").doesNotContain("13800000000");
    }

    @Test
    void shouldLetARecordWithoutAMessageThrough() {
        ExtLogRecord record = extRecord(null, FormatStyle.PRINTF);

        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getMessage()).isNull();
    }

    private static ExtLogRecord extRecord(String message, FormatStyle style, Object... parameters) {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, message, style, PiiMaskingLogFilterTest.class.getName());
        record.setParameters(parameters);
        return record;
    }
}
