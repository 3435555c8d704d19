package io.jiayi.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import io.jiayi.followup.AlertStatus;
import io.jiayi.followup.rest.FollowUpModels.AlertView;
import io.jiayi.followup.service.FollowUpAlerts;

/** The doctor's alerts. */
@Path("/api/v1/doctors/me/follow-up-alerts")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class DoctorAlertResource {

    private final FollowUpAlerts alerts;
    private final SecurityIdentity identity;

    public DoctorAlertResource(FollowUpAlerts alerts, SecurityIdentity identity) {
        this.alerts = alerts;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyFollowUpAlerts", summary = "The doctor's alerts: URGENT first, then newest",
            description = "OPEN by default. Every alert listed is written to the audit log as a read.")
    @APIResponse(responseCode = "200", description = "One page of alerts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<AlertView>> listMyFollowUpAlerts(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AlertStatus.class)) String status,
            @QueryParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @BeanParam Paging paging, RoutingContext ctx) {
        return alerts.ofDoctor(Caller.of(identity), QueryParams.enumValue("status", status, AlertStatus.class),
                Ids.filter("patientId", patientId), paging.request(), Origins.of(ctx));
    }
}
