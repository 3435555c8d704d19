package io.jiayi.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import io.jiayi.followup.rest.FollowUpModels.Acknowledge;
import io.jiayi.followup.rest.FollowUpModels.AlertView;
import io.jiayi.followup.service.FollowUpAlerts;

/** The family doctor acknowledges an alert raised for them. */
@Path("/api/v1/follow-up-alerts/{id}")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class FollowUpAlertResource {

    private final FollowUpAlerts alerts;
    private final SecurityIdentity identity;

    public FollowUpAlertResource(FollowUpAlerts alerts, SecurityIdentity identity) {
        this.alerts = alerts;
        this.identity = identity;
    }

    @POST
    @Path("/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeFollowUpAlert", summary = "Acknowledge an alert, with a note (who and when are recorded)")
    @APIResponse(responseCode = "200", description = "The acknowledged alert")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<AlertView> acknowledgeFollowUpAlert(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Acknowledge body, RoutingContext ctx) {
        return alerts.acknowledge(Caller.of(identity), Ids.required(id, "followUpAlert"), body.note(), Origins.of(ctx));
    }
}
