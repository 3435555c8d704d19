package io.jiayi.booking.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import io.jiayi.booking.rest.BookingModels.WaitlistEntryView;
import io.jiayi.booking.service.Waitlists;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The resident's waits (候补) and their places in line. */
@Path("/api/v1/me/waitlist-entries")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyWaitlistResource {

    private final Waitlists waitlists;
    private final SecurityIdentity identity;

    public MyWaitlistResource(Waitlists waitlists, SecurityIdentity identity) {
        this.waitlists = waitlists;
        this.identity = identity;
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @GET
    @Operation(operationId = "listMyWaitlistEntries", summary = "The resident's waits, for themself and members, newest first")
    @APIResponse(responseCode = "200", description = "One page of waits")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<WaitlistEntryView>> listMyWaitlistEntries(@BeanParam Paging paging) {
        return waitlists.mine(me(), paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyWaitlistEntry", summary = "One wait, with the current place in line")
    @APIResponse(responseCode = "200", description = "The wait")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<WaitlistEntryView> getMyWaitlistEntry(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return waitlists.find(me(), Ids.required(id, "waitlistEntry"));
    }
}
