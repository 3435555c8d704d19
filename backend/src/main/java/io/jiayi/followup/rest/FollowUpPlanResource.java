package io.jiayi.followup.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.followup.rest.FollowUpModels.CancelPlan;
import io.jiayi.followup.rest.FollowUpModels.FromManagementPlan;
import io.jiayi.followup.rest.FollowUpModels.NewPlan;
import io.jiayi.followup.rest.FollowUpModels.PlanView;
import io.jiayi.followup.rest.FollowUpModels.PlansMade;
import io.jiayi.followup.service.FollowUpPlans;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Follow-up plans, made and cancelled by the resident's family doctor (of their ACTIVE signing). */
@Path("/api/v1/follow-up-plans")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class FollowUpPlanResource {

    private final FollowUpPlans plans;
    private final SecurityIdentity identity;

    public FollowUpPlanResource(FollowUpPlans plans, SecurityIdentity identity) {
        this.plans = plans;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFollowUpPlan", summary = "Make a follow-up plan for a signed resident of the doctor's panel",
            description = "The plan's follow-ups are written at once: every intervalDays from firstDueOn until the plan "
                    + "ends, each answerable from 7 days before its due date to 14 days after, issued with the latest "
                    + "version of the condition's form. A resident who is not signed with the caller is not found.")
    @APIResponse(responseCode = "201", description = "Made",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PlanView>> createFollowUpPlan(@NotNull @Valid NewPlan body) {
        return plans.createByDoctor(Caller.of(identity), Ids.required(body.patientId(), "patient"), body.condition(),
                body.intervalDays(), body.firstDueOn(), body.until())
                .map(plan -> RestResponse.ResponseBuilder.<PlanView> created(
                        URI.create("/api/v1/follow-up-plans/" + plan.id())).entity(plan).build());
    }

    @POST
    @Path("/from-management-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFollowUpPlansFromManagementPlan",
            summary = "Make a plan for every followed-up condition of the signing's management plan",
            description = "At the management plan's frequency, never less often than the condition's interval. "
                    + "Conditions that are not followed up, not configured, at 0 a year or with an active plan are "
                    + "listed as skipped.")
    @APIResponse(responseCode = "200", description = "The plans made and the items skipped")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<PlansMade> createFollowUpPlansFromManagementPlan(@NotNull @Valid FromManagementPlan body) {
        return plans.createFromManagementPlan(Caller.of(identity), Ids.required(body.patientId(), "patient"),
                body.firstDueOn());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFollowUpPlan", summary = "A follow-up plan with its follow-ups")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PlanView> getFollowUpPlan(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return plans.get(Caller.of(identity), Ids.required(id, "followUpPlan"));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelFollowUpPlan", summary = "Cancel a plan; its follow-ups not yet answered are cancelled")
    @APIResponse(responseCode = "200", description = "The cancelled plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<PlanView> cancelFollowUpPlan(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid CancelPlan body) {
        return plans.cancel(Caller.of(identity), Ids.required(id, "followUpPlan"), body.reason());
    }
}
