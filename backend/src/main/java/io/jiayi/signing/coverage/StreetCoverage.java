package io.jiayi.signing.coverage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.rest.Refs;

@Schema(name = "StreetCoverage", description = "A street's census figures and the signings of the centre serving it. "
        + "A street without census figures counts a population of 0.")
public record StreetCoverage(
        Refs.StreetRef street,
        @Schema(description = "The community centre serving the street; null when none does.") Refs.InstitutionRef servingCentre,
        @Schema(description = "Year of the census figures; null when none were entered.", example = "2020") Integer censusYear,
        Figures figures) {
}
