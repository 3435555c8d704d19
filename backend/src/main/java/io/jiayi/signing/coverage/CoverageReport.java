package io.jiayi.signing.coverage;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageReport", description = "Family doctor signing coverage (签约覆盖率) of the district, counted "
        + "at the time of the request: a resident counts as signed with an ACTIVE signing that ends today or later.")
public record CoverageReport(
        @Schema(description = "The day counted (Asia/Shanghai).", example = "2026-12-01") LocalDate asOf,
        Targets targets,
        @Schema(description = "The whole district: sums of the streets' census figures and of the centres' signings.")
        Figures district,
        @Schema(description = "Every community centre, by code.", maxItems = 100) List<CentreCoverage> centres,
        @Schema(description = "Every street and town, by code.", maxItems = 100) List<StreetCoverage> streets) {
}
