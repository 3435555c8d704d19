package io.jiayi.identity.sms;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.sms")
public interface SmsConfig {

    /** How long a one-time code is valid. */
    @WithDefault("PT5M")
    Duration codeValidity();

    /** Wrong tries before a code is destroyed. */
    @WithDefault("5")
    int maxTries();

    /** Least time between two codes to one phone. */
    @WithDefault("PT1M")
    Duration resendInterval();

    /** Codes one phone may receive per calendar day (Asia/Shanghai). */
    @WithDefault("10")
    int dailyLimitPerPhone();

    /** Codes one client address may request per clock hour, whatever the phones. */
    @WithDefault("20")
    int hourlyLimitPerAddress();

    /** Write codes into the log (dev and test only: there is no SMS gateway there). */
    @WithDefault("false")
    boolean logCodes();
}
