package io.jiayi.referral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.referral.rest.ReferralModels.ReferralView;
import io.jiayi.referral.service.ReferralViews;
import io.jiayi.referral.service.Referrals;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/me/referrals")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyReferralResource {

    private final Referrals referrals;
    private final SecurityIdentity identity;

    public MyReferralResource(Referrals referrals, SecurityIdentity identity) {
        this.referrals = referrals;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyReferrals", summary = "Referrals of the resident and their members, newest first, with their state")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<ReferralView>> listMyReferrals(@BeanParam Paging paging) {
        return referrals.list(Caller.of(identity), new ReferralViews.Filter(ReferralViews.Scope.MINE, null, null, null),
                paging.request());
    }
}
