package io.jiayi.signing.coverage;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.coverage")
public interface CoverageConfig {

    /** Share of all residents to be signed with a family doctor (2025: 48%), as a fraction. */
    @WithDefault("0.48")
    @DecimalMin("0") @DecimalMax("1")
    BigDecimal signingTarget();

    /** Share of key populations (重点人群) to be signed (2025: 80%), as a fraction. */
    @WithDefault("0.80")
    @DecimalMin("0") @DecimalMax("1")
    BigDecimal keyPopulationTarget();
}
