package io.jiayi.partner;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.partner")
public interface PartnerConfig {

    /**
     * Lifetime of a partner access token. Short on purpose; a revoked app's tokens are refused at
     * once anyway, since every partner request checks the app is still active.
     */
    @WithDefault("PT10M")
    Duration accessTokenLifespan();

    /** Token requests one client may make in a burst (bucket size). */
    @WithDefault("10")
    int tokenRequestBurst();

    /** Token requests one client regains per minute. */
    @WithDefault("10")
    int tokenRequestsPerMinute();

    /** Token requests one address may make in a burst, whatever the client (bcrypt is costly). */
    @WithDefault("30")
    int tokenRequestBurstPerAddress();

    /** Token requests one address regains per minute. */
    @WithDefault("30")
    int tokenRequestsPerMinutePerAddress();
}
