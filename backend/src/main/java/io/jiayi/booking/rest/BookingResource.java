package io.jiayi.booking.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.rest.BookingModels.LockRequest;
import io.jiayi.booking.service.Bookings;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.idempotency.Idempotency;
import io.jiayi.common.ratelimit.RateLimiter;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

@Path("/api/v1/bookings")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class BookingResource {

    private final Bookings bookings;
    private final Idempotency idempotency;
    private final RateLimiter rateLimiter;
    private final BookingConfig config;
    private final SecurityIdentity identity;
    private final Validator validator;

    public BookingResource(Bookings bookings, Idempotency idempotency, RateLimiter rateLimiter, BookingConfig config,
            SecurityIdentity identity, Validator validator) {
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.rateLimiter = rateLimiter;
        this.config = config;
        this.identity = identity;
        this.validator = validator;
    }

    /**
     * What {@code @NotNull @Valid} on the body would check, with the validator run only for a body
     * that lacks something, so the answer to it is the validator's own. At a release nearly every
     * lock is complete, and method validation was about 8 % of a refusal's CPU.
     */
    private void requireComplete(LockRequest body) {
        if (body == null) {
            throw new ProblemException(ProblemCode.MISSING_BODY);
        }
        if (blank(body.slotId()) || blank(body.patientId())) {
            throw new ConstraintViolationException(validator.validate(body));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lockSlot", summary = "Lock (锁号) one unit of a slot for the resident or a member",
            description = "A hold lasts 10 minutes unless confirmed. Refused: not yet open (with opensAt and serverTime), "
                    + "closed, sold out, a limit reached; 503 with Retry-After while the gate's counters are rebuilt.")
    @APIResponse(responseCode = "201", description = "Held",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<RestResponse<BookingView>> lockSlot(@RequestBody(required = true) LockRequest body,
            @HeaderParam(Idempotency.HEADER) @Parameter(required = true, description = "Unique per intended booking; "
                    + "a retry with the same key and body gets the first answer",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,64}$")) String idempotencyKey,
            RoutingContext ctx) {
        requireComplete(body);
        Idempotency.requireValid(idempotencyKey);
        Caller caller = Caller.of(identity);
        UUID account = caller.accountId();
        UUID slotId = Ids.required(body.slotId(), "slot");
        UUID patientId = Ids.required(body.patientId(), "patient");
        String scope = "lock:" + account;
        // The gate first: a sold-out slot is answered from it alone (at a release it is most answers),
        // so the losers never reach the rate limits, a key's claim or PostgreSQL. A retry of a lock
        // that succeeded meets the gate's "holding" and goes on to the key, which replays its answer.
        return bookings.attempt(account, caller.personId(), slotId, patientId).flatMap(attempt -> {
            if (attempt.soldOut()) {
                return bookings.<RestResponse<BookingView>> refusal(attempt);
            }
            Uni<RateLimiter.Quota> limits = rateLimiter.take(List.of(
                    new RateLimiter.Bucket("account:" + account, config.rateAccountCapacity(), config.rateAccountPerMinute()),
                    new RateLimiter.Bucket("patient:" + patientId, config.ratePatientCapacity(), config.ratePatientPerMinute()),
                    new RateLimiter.Bucket("address:" + ctx.request().remoteAddress().hostAddress(),
                            config.rateAddressCapacity(), config.rateAddressPerMinute())));
            if (attempt.refusedAtGate()) {
                // The patient holds a unit of the schedule already, or the clinic is closed: the rate
                // limits count the try, and only a retry of an answered request gets more than the
                // refusal. The key is looked at, not claimed (claiming and freeing it took two round trips).
                return idempotency.answeredOr(scope, idempotencyKey, body, BookingView.class, limits,
                        () -> bookings.<RestResponse<BookingView>> refusal(attempt));
            }
            // A unit taken: the rate limits and the key's claim, in one round trip; the unit goes back
            // if either refuses. The answer is stored while it is sent: one round trip less for a winner.
            return idempotency.once(scope, idempotencyKey, body, BookingView.class, limits,
                    quota -> bookings.hold(attempt)
                            .map(booking -> RestResponse.ResponseBuilder.<BookingView> created(
                                    URI.create("/api/v1/me/bookings/" + booking.id())).entity(booking)
                                    .header("RateLimit-Limit", quota.limit())
                                    .header("RateLimit-Remaining", quota.remaining())
                                    .header("RateLimit-Reset", quota.resetSeconds()).build()),
                    () -> bookings.abandon(attempt), true);
        });
    }

    @GET
    @Path("/availability/{slotId}")
    @Operation(operationId = "getSlotAvailability", summary = "Units left in a slot, from the booking gate",
            description = "For the app to poll a hot slot around its release: answered from Redis, not the database.")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<BookingModels.Availability> getSlotAvailability(
            @PathParam("slotId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String slotId) {
        UUID slot = Ids.required(slotId, "slot");
        return bookings.availability(slot);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmBooking", summary = "Confirm a hold within its hold time (pay at the clinic)")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<BookingView> confirmBooking(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bookings.confirm(me(), Ids.required(id, "booking"));
    }

    @POST
    @Path("/{id}/move/accept")
    @Operation(operationId = "acceptClinicMove", summary = "Keep the booking at the clinic's new time")
    @APIResponse(responseCode = "200", description = "Kept")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<BookingView> acceptClinicMove(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bookings.acceptMove(me(), Ids.required(id, "booking"));
    }

    @POST
    @Path("/{id}/move/decline")
    @Operation(operationId = "declineClinicMove", summary = "Decline the clinic's new time: the booking is cancelled")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<BookingView> declineClinicMove(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bookings.declineMove(me(), Ids.required(id, "booking"));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelBooking", summary = "Cancel before the institution's deadline; the unit returns to its pool")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<BookingView> cancelBooking(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bookings.cancel(me(), Ids.required(id, "booking"));
    }
}
