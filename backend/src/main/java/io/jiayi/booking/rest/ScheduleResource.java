package io.jiayi.booking.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
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

import io.jiayi.booking.rest.ScheduleModels.NewSchedule;
import io.jiayi.booking.rest.ScheduleModels.ScheduleView;
import io.jiayi.booking.rest.ScheduleModels.WeeklyResult;
import io.jiayi.booking.rest.ScheduleModels.WeeklyTemplate;
import io.jiayi.booking.service.GateCounters;
import io.jiayi.booking.service.SchedulePublishing;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final SchedulePublishing publishing;
    private final GateCounters gateCounters;
    private final SecurityIdentity identity;

    public ScheduleResource(SchedulePublishing publishing, GateCounters gateCounters, SecurityIdentity identity) {
        this.publishing = publishing;
        this.gateCounters = gateCounters;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "publishSchedule", summary = "Publish a doctor's clinic session, cut into slots",
            description = "Each slot's capacity splits into a public and a referral pool (the institution's referral share "
                    + "for the clinic type: 20% of expert slots at the regional medical centre).")
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<ScheduleView>> publishSchedule(@NotNull @Valid NewSchedule body) {
        // The gate gets the new slots once they are committed, so the first lock finds them.
        return publishing.publish(Caller.of(identity), body)
                .call(schedule -> gateCounters.rebuild(java.util.UUID.fromString(schedule.id())))
                .map(schedule -> RestResponse.ResponseBuilder
                .<ScheduleView> created(URI.create("/api/v1/schedules/" + schedule.id())).entity(schedule).build());
    }

    @POST
    @Path("/weekly")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "publishWeeklySchedules", summary = "Publish a weekly template over a date range, all or none",
            description = "Any overlap with the doctor's schedules refuses the whole template, listing the conflicts.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WeeklyResult.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<WeeklyResult>> publishWeeklySchedules(@NotNull @Valid WeeklyTemplate body) {
        return publishing.publishWeekly(Caller.of(identity), body)
                .call(result -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ScheduleView schedule : result.schedules()) {
                        chain = chain.flatMap(ignored -> gateCounters.rebuild(java.util.UUID.fromString(schedule.id())));
                    }
                    return chain;
                })
                .map(result -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, result).build());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getSchedule", summary = "A schedule with its slots and their pools")
    @APIResponse(responseCode = "200", description = "The schedule")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ScheduleView> getSchedule(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return publishing.find(Ids.required(id, "schedule"));
    }
}
