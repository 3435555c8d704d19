package io.jiayi.signing.coverage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A street's census figures as an administrator enters them; keyPopulation may not exceed
 * population (checked by the service: it takes both fields).
 */
@Schema(name = "StreetPopulationUpdate", description = "A street's census figures; keyPopulation may not exceed population.")
public record StreetPopulationUpdate(
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) @Schema(minimum = "0", maximum = "2147483647", example = "38941") Long population,
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) @Schema(minimum = "0", maximum = "2147483647", example = "12046") Long keyPopulation,
        @NotNull @Min(1949) @Max(2100) @Schema(minimum = "1949", maximum = "2100", example = "2020") Integer censusYear) {
}
