package io.jiayi.referral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.QueryParams;
import io.jiayi.referral.ReferralState;
import io.jiayi.referral.rest.ReferralModels.ReferralView;
import io.jiayi.referral.service.ReferralViews;
import io.jiayi.referral.service.Referrals;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A doctor's referrals: those they made, and the downward ones handed to them as tasks. */
@Path("/api/v1/doctors/me")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class DoctorReferralResource {

    private final Referrals referrals;
    private final SecurityIdentity identity;

    public DoctorReferralResource(Referrals referrals, SecurityIdentity identity) {
        this.referrals = referrals;
        this.identity = identity;
    }

    @GET
    @Path("/referrals")
    @Operation(operationId = "listMyMadeReferrals", summary = "Referrals the doctor made, newest first")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<ReferralView>> listMyMadeReferrals(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = ReferralState.class)) String state,
            @BeanParam Paging paging) {
        return referrals.list(Caller.of(identity), new ReferralViews.Filter(ReferralViews.Scope.MADE,
                QueryParams.enumValue("state", state, ReferralState.class), null, null), paging.request());
    }

    @GET
    @Path("/referral-tasks")
    @Operation(operationId = "listMyReferralTasks", summary = "Downward referrals handed to the family doctor, newest first")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<ReferralView>> listMyReferralTasks(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = ReferralState.class)) String state,
            @BeanParam Paging paging) {
        return referrals.list(Caller.of(identity), new ReferralViews.Filter(ReferralViews.Scope.TASKS,
                QueryParams.enumValue("state", state, ReferralState.class), null, null), paging.request());
    }
}
