package io.jiayi.signing.coverage;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageTargets", description = "The signing targets, as fractions (0.48 = 48%).")
public record Targets(
        @Schema(description = "Share of all residents to be signed.", example = "0.48") BigDecimal signing,
        @Schema(description = "Share of key populations (重点人群) to be signed.", example = "0.80") BigDecimal keyPopulation) {
}
