package io.jiayi.identity.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.consent")
public interface ConsentConfig {

    /** Version of the health-data consent text residents must accept now. */
    @WithDefault("2026-11-v1")
    String healthDataVersion();
}
