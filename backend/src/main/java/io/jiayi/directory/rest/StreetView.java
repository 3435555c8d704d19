package io.jiayi.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.StreetKind;

@Schema(name = "Street", description = "A street (街道) or town (镇) and the community centre that serves it.")
public record StreetView(
        @Schema(format = "uuid") String id,
        @Schema(example = "XINHUA") String code,
        @Schema(example = "新华路街道") String name,
        StreetKind kind,
        @Schema(description = "The community centre serving this street.") Refs.InstitutionRef servingCentre) {
}
