package io.jiayi.followup.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import io.jiayi.followup.rest.FollowUpModels.PlanView;
import io.jiayi.followup.rest.FollowUpModels.TimelineEntry;
import io.jiayi.followup.service.FollowUpPlans;
import io.jiayi.followup.service.HealthReadings;

/** A resident of the doctor's panel: their follow-up plans and their readings. Others are not found. */
@Path("/api/v1/doctors/me/patients/{patientId}")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class DoctorPatientResource {

    private final FollowUpPlans plans;
    private final HealthReadings readings;
    private final SecurityIdentity identity;

    public DoctorPatientResource(FollowUpPlans plans, HealthReadings readings, SecurityIdentity identity) {
        this.plans = plans;
        this.readings = readings;
        this.identity = identity;
    }

    @GET
    @Path("/follow-up-plans")
    @Operation(operationId = "listPatientFollowUpPlans", summary = "The resident's follow-up plans, newest first")
    @APIResponse(responseCode = "200", description = "The plans with their follow-ups")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<PlanView>> listPatientFollowUpPlans(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId) {
        return plans.ofPatient(Caller.of(identity), Ids.required(patientId, "patient"));
    }

    @GET
    @Path("/readings")
    @Operation(operationId = "listPatientReadings", summary = "The resident's timeline of readings, newest first",
            description = "Numbers from follow-up answers and self-measurements. Every read is written to the audit log.")
    @APIResponse(responseCode = "200", description = "One page of the timeline")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PageResponse<TimelineEntry>> listPatientReadings(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @QueryParam("from") @Parameter(description = "First day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging paging, RoutingContext ctx) {
        return readings.timelineForDoctor(Caller.of(identity), Ids.required(patientId, "patient"),
                Origins.date("from", from), Origins.date("to", to), paging.request(), Origins.of(ctx));
    }
}
