package io.jiayi.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.DepartmentCategory;

@Schema(name = "NewDepartment")
public record NewDepartment(
        @NotBlank @Schema(format = "uuid") String institutionId,
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = "{jiayi.code.pattern}")
        @Schema(pattern = Codes.PATTERN, maxLength = 32, example = "GERIATRICS") String code,
        @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "老年医学科") String name,
        @NotNull DepartmentCategory category,
        @Size(max = 2000) @Schema(maxLength = 2000) String introduction) {
}
