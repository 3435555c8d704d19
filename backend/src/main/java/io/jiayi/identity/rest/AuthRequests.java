package io.jiayi.identity.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.identity.account.Phones;

/** Bodies of the sign-in endpoints. */
public final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(name = "SmsCodeRequest")
    public record SmsCodeRequest(
            @NotBlank @Pattern(regexp = Phones.PATTERN, message = "{jiayi.phone.pattern}")
            @Schema(maxLength = 20, example = "13800000000") String phone) {
    }

    @Schema(name = "SmsCodeSent")
    public record SmsCodeSent(
            @Schema(description = "When the code stops working") Instant expiresAt,
            @Schema(description = "When another code may be requested") Instant resendAt,
            @Schema(description = "Codes this phone may still receive today", example = "9") int dailyRemaining) {
    }

    @Schema(name = "SmsLoginRequest")
    public record SmsLoginRequest(
            @NotBlank @Pattern(regexp = Phones.PATTERN, message = "{jiayi.phone.pattern}")
            @Schema(maxLength = 20, example = "13800000000") String phone,
            @NotBlank @Pattern(regexp = "^\\d{6}$", message = "{jiayi.code.sms}")
            @Schema(pattern = "^\\d{6}$", example = "123456") String code) {
    }

    @Schema(name = "PasswordLoginRequest")
    public record PasswordLoginRequest(
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "xinhua.doctor") String username,
            @NotBlank @Size(max = 128) @Schema(maxLength = 128, format = "password") String password) {
    }

    @Schema(name = "RefreshTokenRequest")
    public record RefreshTokenRequest(
            @NotBlank @Size(max = 128) @Schema(maxLength = 128) String refreshToken) {
    }

    @Schema(name = "ConsentCodeRequest")
    public record ConsentCodeRequest(
            @NotBlank @Pattern(regexp = "^\\d{6}$", message = "{jiayi.code.sms}")
            @Schema(pattern = "^\\d{6}$", example = "123456") String code) {
    }
}
