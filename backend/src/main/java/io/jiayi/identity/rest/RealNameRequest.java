package io.jiayi.identity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealNameRequest", description = "One-time real-name registration with the separate consent to process health data.")
public record RealNameRequest(
        @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "张三") String name,
        @NotBlank @Size(max = 20) @Schema(maxLength = 20, pattern = "^\\d{17}[\\dXx]$", example = "11010519491231002X")
        String idNumber,
        @NotNull @Valid HealthDataConsent healthDataConsent) {

    @Schema(name = "HealthDataConsent")
    public record HealthDataConsent(
            @NotBlank @Size(max = 32) @Schema(maxLength = 32, description = "Version of the text shown", example = "2026-11-v1")
            String version,
            @NotNull @Schema(description = "Must be true") Boolean accepted) {
    }
}
