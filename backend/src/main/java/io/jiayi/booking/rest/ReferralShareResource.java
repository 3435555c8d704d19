package io.jiayi.booking.rest;

import java.math.BigDecimal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.booking.ClinicType;
import io.jiayi.booking.service.ReferralShares;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/institutions/{id}/referral-shares/{clinicType}")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralShareResource {

    @Schema(name = "ReferralShare")
    public record Share(@Schema(format = "uuid") String institutionId, ClinicType clinicType,
            @Schema(minimum = "0", maximum = "1", example = "0.20") BigDecimal share) {
    }

    @Schema(name = "ReferralShareUpdate")
    public record ShareUpdate(@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2)
            @Schema(minimum = "0", maximum = "1", example = "0.20") BigDecimal share) {
    }

    private final ReferralShares shares;

    public ReferralShareResource(ReferralShares shares) {
        this.shares = shares;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getReferralShare", summary = "The share of a clinic type's units kept for referrals")
    @APIResponse(responseCode = "200", description = "The share (0 when none was set)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Share> getReferralShare(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @PathParam("clinicType") @Parameter(schema = @Schema(implementation = ClinicType.class)) String clinicType) {
        ClinicType type = QueryParams.enumValue("clinicType", clinicType, ClinicType.class);
        return shares.shareOf(Ids.required(id, "institution"), type).map(share -> new Share(id, type, share));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
    @Operation(operationId = "setReferralShare", summary = "Set the share of a clinic type's units kept for referrals (admin)")
    @APIResponse(responseCode = "200", description = "The share")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Share> setReferralShare(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @PathParam("clinicType") @Parameter(schema = @Schema(implementation = ClinicType.class)) String clinicType,
            @NotNull @Valid ShareUpdate body) {
        ClinicType type = QueryParams.enumValue("clinicType", clinicType, ClinicType.class);
        return shares.set(Ids.required(id, "institution"), type, body.share()).map(share -> new Share(id, type, share));
    }
}
