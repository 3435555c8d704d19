package io.jiayi.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.InstitutionLevel;
import io.jiayi.directory.InstitutionType;

@Schema(name = "NewInstitution")
public record NewInstitution(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = "{jiayi.code.pattern}")
        @Schema(pattern = Codes.PATTERN, maxLength = 32, example = "STN-XINHUA-NIUQIAO") String code,
        @NotBlank @Size(max = 128) @Schema(maxLength = 128, example = "新华牛桥社区卫生服务站") String name,
        @NotBlank @Size(max = 32) @Schema(maxLength = 32, example = "新华牛桥站") String shortName,
        @NotNull InstitutionType type,
        @NotNull InstitutionLevel level,
        @Schema(format = "uuid", description = "Required for branch centres and service stations: their community centre.")
        String parentId,
        @Schema(format = "uuid") String streetId,
        @Size(max = 256) @Schema(maxLength = 256) String address,
        @Pattern(regexp = "^[0-9+\\-() ]{5,32}$", message = "{jiayi.phone.pattern}")
        @Schema(pattern = "^[0-9+\\-() ]{5,32}$", maxLength = 32, example = "021-62800000") String phone,
        @Size(max = 128) @Schema(maxLength = 128) String signatureService,
        @Size(max = 2000) @Schema(maxLength = 2000) String introduction) {
}
