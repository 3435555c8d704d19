package io.jiayi.partner.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.jiayi.partner.PartnerAppEvent;
import io.jiayi.partner.PartnerAppStatus;

public final class PartnerModels {

    private PartnerModels() {
    }

    @Schema(name = "NewPartnerApp", description = "A third-party system to let in, with the scopes it needs")
    public record NewPartnerApp(
            @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "同仁医院自助签到机") String name,
            @Schema(format = "uuid", description = "The one institution the app acts for; omit for a district-wide "
                    + "app (e.g. the city health cloud); required with reports:push") String institutionId,
            @NotNull @NotEmpty @Size(max = 10)
            @Schema(maxItems = 10, minItems = 1, description = "From the scope catalogue: bookings:check-in, reports:push",
                    example = "[\"bookings:check-in\"]")
            List<@NotBlank @Size(max = 64) String> scopes) {
    }

    @Schema(name = "PartnerApp", description = "A registered partner app; its secret is never shown again")
    public record PartnerAppView(
            @Schema(format = "uuid") String id,
            String name,
            @Schema(format = "uuid", description = "Null: district-wide") String institutionId,
            @Schema(description = "The OAuth2 client id", example = "jp_4kq9TzV1mWcX0aLr2bYe") String clientId,
            @Schema(type = SchemaType.ARRAY, maxItems = 10, example = "[\"bookings:check-in\"]") List<String> scopes,
            PartnerAppStatus status,
            OffsetDateTime createdAt,
            @Schema(format = "uuid", description = "The administrator who registered it") String createdBy,
            OffsetDateTime secretRotatedAt,
            OffsetDateTime revokedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "What administrators did to the app, oldest first (single app only)")
            List<PartnerAppEventView> events) {
    }

    @Schema(name = "PartnerAppEvent")
    public record PartnerAppEventView(PartnerAppEvent.Action action, @Schema(format = "uuid") String actorAccountId,
            OffsetDateTime at) {
    }

    @Schema(name = "PartnerAppCredentials", description = "The app with its client secret: shown in this answer only, "
            + "then kept as a hash. Store it in the partner system's secret store.")
    public record PartnerAppCredentials(
            @Schema(format = "uuid") String id,
            String name,
            @Schema(format = "uuid") String institutionId,
            @Schema(example = "jp_4kq9TzV1mWcX0aLr2bYe") String clientId,
            @Schema(description = "Shown once", example = "jps_Qm3x...") String clientSecret,
            @Schema(type = SchemaType.ARRAY, maxItems = 10) List<String> scopes,
            PartnerAppStatus status,
            OffsetDateTime createdAt,
            OffsetDateTime secretRotatedAt) {
    }

    /** The form of a token request (RFC 6749 section 4.4.2); documents the body, which is read as a form. */
    @Schema(name = "ClientCredentialsRequest", description = "application/x-www-form-urlencoded. The client "
            + "authenticates with HTTP Basic (client_id:client_secret) or with client_id and client_secret here, not both.")
    public record ClientCredentialsRequest(
            @JsonProperty("grant_type") @Schema(required = true, enumeration = "client_credentials") String grantType,
            @JsonProperty("client_id") @Schema(maxLength = 64) String clientId,
            @JsonProperty("client_secret") @Schema(maxLength = 128, format = "password") String clientSecret,
            @Schema(maxLength = 512, description = "Space-separated subset of the app's scopes; all of them when omitted",
                    example = "bookings:check-in") String scope) {
    }

    /** RFC 6749 section 5.1: the names are the standard's, hence snake_case. */
    @Schema(name = "AccessTokenResponse", description = "An access token for the partner API (RFC 6749 section 5.1)")
    public record AccessTokenResponse(
            @JsonProperty("access_token") @Schema(description = "RS256 JWT; send as `Authorization: Bearer ...`")
            String accessToken,
            @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Seconds the token is valid", example = "600") long expiresIn,
            @Schema(description = "The scopes granted, space-separated", example = "bookings:check-in") String scope) {
    }
}
