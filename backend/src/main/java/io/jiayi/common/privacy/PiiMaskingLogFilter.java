package io.jiayi.common.privacy;

import java.util.Arrays;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Masks phone and ID numbers in every log message of the handlers it is set on
 * ({@code quarkus.log.console.filter=pii-masking}): a forgotten {@code masked()} in a log call
 * must not put a resident's number in the log store, which many more people read than the
 * database.
 *
 * <p>The message is formatted here, with its parameters, because a number usually arrives as
 * a parameter. Only the message is masked: the text of an attached exception is not.
 */
@LoggingFilter(name = "pii-masking")
public final class PiiMaskingLogFilter implements Filter {

    // Formatter#formatMessage is the JDK's own message formatting, reachable only from an instance.
    private static final Formatter JUL = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = formatted(record);
        String masked = Masking.text(formatted);
        if (masked != null && !masked.equals(formatted)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(masked);
            }
            record.setParameters(null);
        }
        return true;
    }

    private static String formatted(LogRecord record) {
        try {
            return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : JUL.formatMessage(record);
        } catch (RuntimeException e) {
            // A template that does not fit its parameters: log what there is, masked, rather than
            // lose the line or let the raw parameters through.
            Object[] parameters = record.getParameters();
            return record.getMessage() + (parameters == null ? "" : " " + Arrays.toString(parameters));
        }
    }
}
