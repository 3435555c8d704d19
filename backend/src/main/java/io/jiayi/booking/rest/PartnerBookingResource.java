package io.jiayi.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.audit.AuditLog;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.rest.BookingModels.PartnerCheckIn;
import io.jiayi.booking.service.ClinicOperations;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.security.Scope;
import io.jiayi.common.web.Audiences;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** Partner systems (a hospital's check-in kiosk, its own outpatient system) act on bookings. */
@Path("/api/partner/v1/bookings")
@RolesAllowed(Roles.PARTNER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.PARTNER)
public class PartnerBookingResource {

    private final ClinicOperations operations;
    private final SecurityIdentity identity;
    /** The current request (a proxy), for the audit trail's origin. */
    private final RoutingContext request;

    public PartnerBookingResource(ClinicOperations operations, SecurityIdentity identity, RoutingContext request) {
        this.operations = operations;
        this.identity = identity;
        this.request = request;
    }

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "partner", scopes = { "bookings:check-in" })
    @Operation(operationId = "partnerCheckIn", summary = "Check a confirmed booking in with its number and check-in code",
            description = "The same rule as at the clinic's desk: from 60 minutes before the slot to the end of the "
                    + "session (CHECK_IN_CLOSED with opensAt and closesAt otherwise); checking in again answers the "
                    + "booking unchanged. Needs the scope bookings:check-in (SCOPE_MISSING otherwise). An app bound to an "
                    + "institution checks in only that institution's bookings: any other booking, like a wrong number or "
                    + "code, is not found. Each check-in is written to the audit trail with the app as actor.")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "403", ref = "ScopeMissing")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<BookingView> partnerCheckIn(@NotNull @Valid PartnerCheckIn body) {
        Caller partner = Caller.of(identity).requireScope(Scope.BOOKINGS_CHECK_IN);
        return operations.checkInForPartner(partner, body.bookingNo(), body.checkInCode(),
                AuditLog.Origin.of(request));
    }
}
