package io.jiayi.booking.rest;

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

import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.rest.BookingModels.CheckIn;
import io.jiayi.booking.rest.BookingModels.ClinicStatusView;
import io.jiayi.booking.rest.BookingModels.Reason;
import io.jiayi.booking.service.ClinicOperations;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Staff act on a clinic session: pause, resume, stop, check patients in. */
@Path("/api/v1/schedules/{id}")
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
public class ClinicOperationsResource {

    private final ClinicOperations operations;
    private final SecurityIdentity identity;

    public ClinicOperationsResource(ClinicOperations operations, SecurityIdentity identity) {
        this.operations = operations;
        this.identity = identity;
    }

    @POST
    @Path("/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pauseClinic", summary = "Pause new bookings (停约); existing ones stand")
    @APIResponse(responseCode = "200", description = "Paused")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<ClinicStatusView> pauseClinic(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Reason body) {
        return operations.pause(Caller.of(identity), Ids.required(id, "schedule"), body.reason())
                .map(status -> new ClinicStatusView(id, status, null));
    }

    @POST
    @Path("/resume")
    @Operation(operationId = "resumeClinic", summary = "Reopen a paused clinic, counts intact")
    @APIResponse(responseCode = "200", description = "Open")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<ClinicStatusView> resumeClinic(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return operations.resume(Caller.of(identity), Ids.required(id, "schedule"))
                .map(status -> new ClinicStatusView(id, status, null));
    }

    @POST
    @Path("/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stopClinic", summary = "Stop a clinic (停诊): every hold and booking is cancelled and its holder told")
    @APIResponse(responseCode = "200", description = "Stopped")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<ClinicStatusView> stopClinic(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Reason body) {
        return operations.stop(Caller.of(identity), Ids.required(id, "schedule"), body.reason())
                .map(cancelled -> new ClinicStatusView(id, ScheduleStatus.STOPPED, cancelled));
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveClinic", summary = "Move a clinic to another time; each holder is offered the new time",
            description = "The session keeps its length and slots; holders accept (keep) or decline (cancel) the new time.")
    @APIResponse(responseCode = "200", description = "Moved; cancelled counts the bookings offered the new time")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<ClinicStatusView> moveClinic(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid BookingModels.ClinicMove body) {
        return operations.move(Caller.of(identity), Ids.required(id, "schedule"), body.date(), body.startTime(), body.reason())
                .map(offered -> new ClinicStatusView(id, ScheduleStatus.OPEN, offered));
    }

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkIn", summary = "Check a confirmed booking in with its code (60 minutes before the slot to the session's end)")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<BookingView> checkIn(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid CheckIn body) {
        return operations.checkIn(Caller.of(identity), Ids.required(id, "schedule"), body.checkInCode());
    }

    @jakarta.ws.rs.GET
    @Path("/bookings")
    @Operation(operationId = "listClinicBookings", summary = "The day's clinic list: referral priority first, then by sequence number",
            description = "Live, checked-in and no-show bookings of the session. Bookings made through a referral carry "
                    + "their priorities (优先就诊、优先检查、优先住院) and come first.")
    @APIResponse(responseCode = "200", description = "The clinic list")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<java.util.List<BookingView>> listClinicBookings(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return operations.clinicList(Caller.of(identity), Ids.required(id, "schedule"));
    }
}
