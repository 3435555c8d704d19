package io.jiayi.signing.coverage;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.rest.Refs;

@Schema(name = "StreetPopulation", description = "A street's census figures: the denominators of signing coverage.")
public record StreetPopulation(
        Refs.StreetRef street,
        @Schema(minimum = "0", example = "38941") long population,
        @Schema(minimum = "0", example = "12046") long keyPopulation,
        @Schema(example = "2020") int censusYear,
        OffsetDateTime updatedAt) {
}
