package io.jiayi.signing.coverage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.rest.Refs;

@Schema(name = "CentreCoverage", description = "A community centre's signings against the census of the street it serves. "
        + "Signings with a branch centre's or station's doctor count for its community centre.")
public record CentreCoverage(
        Refs.InstitutionRef centre,
        @Schema(description = "The street the centre serves; null for a centre serving none.") Refs.StreetRef street,
        Figures figures) {
}
