package io.jiayi.identity.sms;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.jiayi.common.privacy.Masking;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

/**
 * Writes messages to the log instead of sending them: the sender of dev and test, and of any
 * deployment that has not plugged in a gateway yet. The text (it holds codes) is logged only
 * where {@code jiayi.sms.log-codes} allows it.
 */
@DefaultBean
@ApplicationScoped
public class LoggingSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class);

    private final boolean logText;

    public LoggingSmsSender(SmsConfig config) {
        this.logText = config.logCodes();
    }

    @Override
    public Uni<Void> send(String phone, String text) {
        if (logText) {
            LOG.infof("SMS to %s: %s", Masking.phone(phone), text);
        } else {
            LOG.infof("SMS to %s (text withheld; no gateway configured)", Masking.phone(phone));
        }
        return Uni.createFrom().voidItem();
    }
}
