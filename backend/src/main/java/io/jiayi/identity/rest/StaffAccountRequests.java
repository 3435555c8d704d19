package io.jiayi.identity.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.identity.account.StaffRole;

public final class StaffAccountRequests {

    private StaffAccountRequests() {
    }

    @Schema(name = "NewStaffAccount")
    public record NewStaffAccount(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9._-]{3,64}$", message = "{jiayi.username.pattern}")
            @Schema(pattern = "^[A-Za-z0-9._-]{3,64}$", maxLength = 64, example = "xianxia.doctor2") String username,
            @NotBlank @Size(max = 128) @Schema(maxLength = 128, minLength = 10, format = "password",
                    description = "At least 10 characters with letters and digits, not containing the username")
            String password,
            @NotNull StaffRole role,
            @Schema(format = "uuid", description = "Required except for ADMIN") String institutionId,
            @Schema(format = "uuid", description = "For DOCTOR only: the directory doctor, of that institution") String doctorId) {
    }

    @Schema(name = "StaffAccount")
    public record StaffAccountView(
            @Schema(format = "uuid") String id,
            @Schema(example = "xianxia.doctor2") String username,
            StaffRole role,
            @Schema(format = "uuid") String institutionId,
            @Schema(format = "uuid") String doctorId,
            OffsetDateTime createdAt) {
    }
}
