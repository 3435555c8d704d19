package io.jiayi.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import io.jiayi.identity.sms.LoggingSmsSender;
import io.jiayi.identity.sms.SmsConfig;
import io.smallrye.mutiny.Uni;

/** Logs like the dev sender and remembers the last text per phone, so tests can read their codes. */
@jakarta.inject.Singleton
public class RecordingSmsSender extends LoggingSmsSender {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    private final Map<String, String> lastText = new ConcurrentHashMap<>();

    public RecordingSmsSender(SmsConfig config) {
        super(config);
    }

    public static RecordingSmsSender get() {
        return io.quarkus.arc.Arc.container().instance(RecordingSmsSender.class).get();
    }

    @Override
    public Uni<Void> send(String phone, String text) {
        lastText.put(phone, text);
        return super.send(phone, text);
    }

    public String lastCode(String phone) {
        String text = lastText.get(phone);
        if (text == null) {
            throw new AssertionError("No SMS was sent to " + phone);
        }
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No code in: " + text);
        }
        return matcher.group(1);
    }

    public String lastText(String phone) {
        return lastText.get(phone);
    }
}
