package io.jiayi.reports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.reports")
public interface ReportsConfig {

    /**
     * Largest document (PDF, PNG, JPEG) a report may carry. {@code quarkus.http.limits.max-body-size}
     * must be at least this: it is the ceiling of every route.
     */
    @WithDefault("5M")
    MemorySize documentMaxSize();

    /** How far in the future a report's times may lie (the sender's clock may run a little ahead). */
    @WithDefault("PT5M")
    java.time.Duration clockTolerance();
}
