package io.jiayi.booking.rest;

import java.net.URI;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.booking.rest.BookingModels.JoinWaitlist;
import io.jiayi.booking.rest.BookingModels.WaitlistEntryView;
import io.jiayi.booking.service.Waitlists;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Waitlists (候补) for sold-out slots: join, see one's place, leave. */
@Path("/api/v1/waitlist-entries")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class WaitlistResource {

    private final Waitlists waitlists;
    private final SecurityIdentity identity;

    public WaitlistResource(Waitlists waitlists, SecurityIdentity identity) {
        this.waitlists = waitlists;
        this.identity = identity;
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "joinWaitlist", summary = "Wait for a sold-out slot (候补) as the resident or a member",
            description = "When a unit comes back, the first in line gets a hold automatically, is notified, and has "
                    + "the hold time to confirm it. At most 3 waits at a time, within the booking limits; one per "
                    + "doctor and day. Refused while units are left (book instead) or the clinic is closed.")
    @APIResponse(responseCode = "201", description = "Waiting, with the place in line",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<WaitlistEntryView>> joinWaitlist(@NotNull @Valid JoinWaitlist body) {
        UUID slotId = Ids.required(body.slotId(), "slot");
        UUID patientId = Ids.required(body.patientId(), "patient");
        return waitlists.join(me(), slotId, patientId)
                .map(entry -> RestResponse.ResponseBuilder.<WaitlistEntryView> created(
                        URI.create("/api/v1/me/waitlist-entries/" + entry.id())).entity(entry).build());
    }

    @POST
    @Path("/{id}/leave")
    @Operation(operationId = "leaveWaitlist", summary = "Leave a waitlist; possible at any time while waiting")
    @APIResponse(responseCode = "200", description = "Left")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<WaitlistEntryView> leaveWaitlist(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return waitlists.leave(me(), Ids.required(id, "waitlistEntry"));
    }

}
