package io.jiayi.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.Gender;
import io.jiayi.directory.TeamRole;

@Schema(name = "NewDoctor")
public record NewDoctor(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = "{jiayi.code.pattern}")
        @Schema(pattern = Codes.PATTERN, maxLength = 32, example = "DR-TONGREN-0100") String code,
        @NotBlank @Schema(format = "uuid") String institutionId,
        @Schema(format = "uuid") String departmentId,
        @Schema(format = "uuid", description = "Family-doctor team; requires teamRole.") String teamId,
        TeamRole teamRole,
        @NotBlank @Size(max = 32) @Schema(maxLength = 32, example = "李明") String name,
        @NotNull Gender gender,
        @NotNull DoctorTitle title,
        @Size(max = 128) @Schema(maxLength = 128, example = "高血压、糖尿病管理") String specialty,
        @Schema(description = "Can sign residents as a family doctor; false when left out.") Boolean familyDoctor,
        @Size(max = 2000) @Schema(maxLength = 2000) String introduction) {
}
