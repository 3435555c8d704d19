package io.jiayi.booking.rest;

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

import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.service.Bookings;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/me/bookings")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyBookingResource {

    private final Bookings bookings;
    private final SecurityIdentity identity;

    public MyBookingResource(Bookings bookings, SecurityIdentity identity) {
        this.bookings = bookings;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyBookings", summary = "Bookings the resident made, for themself and members, newest first")
    @APIResponse(responseCode = "200", description = "One page of bookings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<BookingView>> listMyBookings(@BeanParam Paging paging) {
        return bookings.mine(Caller.of(identity).accountId(), paging.request());
    }
}
