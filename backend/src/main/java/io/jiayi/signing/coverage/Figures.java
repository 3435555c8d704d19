package io.jiayi.signing.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Signing coverage of one area against its census figures. A rate is {@code signed / population}
 * as a fraction with 4 decimals (half up), null when the population is 0; a gap is how many
 * more residents must sign to reach the target: {@code max(0, ceil(target × population) − signed)}.
 */
@Schema(name = "CoverageFigures", description = "Signing coverage of an area against its census figures.")
public record Figures(
        @Schema(description = "Residents by the census (street_population).", minimum = "0", example = "38941") long population,
        @Schema(description = "Residents with an active signing today.", minimum = "0", example = "18000") long signed,
        @Schema(description = "signed / population, 4 decimals; null when the population is 0.", example = "0.4622") BigDecimal rate,
        @Schema(example = "0.48") BigDecimal target,
        @Schema(description = "More signings needed to reach the target: max(0, ceil(target × population) − signed).",
                minimum = "0", example = "692") long gap,
        @Schema(description = "Key populations (重点人群) by the census.", minimum = "0", example = "12046") long keyPopulation,
        @Schema(description = "Key-population residents with an active signing today: 65 or older, 0-6 years old, "
                + "or with a confirmed key-population tag.", minimum = "0", example = "9500") long keyPopulationSigned,
        @Schema(description = "keyPopulationSigned / keyPopulation, 4 decimals; null when keyPopulation is 0.",
                example = "0.7886") BigDecimal keyPopulationRate,
        @Schema(example = "0.80") BigDecimal keyPopulationTarget,
        @Schema(description = "max(0, ceil(keyPopulationTarget × keyPopulation) − keyPopulationSigned).",
                minimum = "0", example = "137") long keyPopulationGap) {

    private static final int RATE_SCALE = 4;

    /** The figures of an area from its counts and the targets. */
    static Figures of(long population, long signed, long keyPopulation, long keyPopulationSigned, Targets targets) {
        return new Figures(population, signed, rate(signed, population), targets.signing(),
                gap(targets.signing(), population, signed),
                keyPopulation, keyPopulationSigned, rate(keyPopulationSigned, keyPopulation), targets.keyPopulation(),
                gap(targets.keyPopulation(), keyPopulation, keyPopulationSigned));
    }

    static BigDecimal rate(long signed, long population) {
        if (population == 0) {
            return null;
        }
        return BigDecimal.valueOf(signed).divide(BigDecimal.valueOf(population), RATE_SCALE, RoundingMode.HALF_UP);
    }

    static long gap(BigDecimal target, long population, long signed) {
        long needed = target.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, needed - signed);
    }
}
