package io.jiayi.referral;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.referral")
public interface ReferralConfig {

    /** How long a routine upward referral opens the referral pool. */
    @WithDefault("P14D")
    Duration routineValidity();

    /** How long an urgent one does: it may only take slots inside this window. */
    @WithDefault("P3D")
    Duration urgentValidity();

    /** How often referrals past their window are expired ({@code off} where tests run the job themselves). */
    @WithDefault("10m")
    String expiryInterval();
}
