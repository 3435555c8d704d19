package io.jiayi.signing;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.signing")
public interface SigningConfig {

    /** Version of the signing agreement text residents must accept now. */
    @WithDefault("2026-v1")
    String agreementVersion();

    /** Term of a signing. */
    @WithDefault("P1Y")
    Period term();

    /** How long an application waits for the doctor's answer before it expires. */
    @WithDefault("P7D")
    Duration applicationValidity();

    /** How long before the end of the term a renewal may be applied for. */
    @WithDefault("P60D")
    Period renewalWindow();

    /** Residents a family doctor may hold when no capacity was set for them. */
    @WithDefault("1000")
    int defaultPanelCapacity();
}
