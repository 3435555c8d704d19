package io.jiayi.identity.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.auth")
public interface AuthConfig {

    /** Wrong passwords in a row that lock a staff account. */
    @WithDefault("5")
    int maxFailedPasswords();

    /** How long a locked account stays locked. */
    @WithDefault("PT15M")
    Duration lockDuration();

    /** bcrypt cost of new password hashes (each step doubles the work). */
    @WithDefault("12")
    int bcryptCost();
}
