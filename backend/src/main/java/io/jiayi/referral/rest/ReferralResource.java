package io.jiayi.referral.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import io.jiayi.common.idempotency.Idempotency;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.referral.Direction;
import io.jiayi.referral.ReferralPriority;
import io.jiayi.referral.ReferralState;
import io.jiayi.referral.rest.ReferralModels.NewDownwardReferral;
import io.jiayi.referral.rest.ReferralModels.NewReferral;
import io.jiayi.referral.rest.ReferralModels.Note;
import io.jiayi.referral.rest.ReferralModels.ReferralView;
import io.jiayi.referral.rest.ReferralModels.SlotChoice;
import io.jiayi.referral.rest.ReferralModels.SlotOffer;
import io.jiayi.referral.service.ReferralBookings;
import io.jiayi.referral.service.ReferralViews;
import io.jiayi.referral.service.Referrals;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Two-way referral: family doctors refer up, hospitals receive, refer down; everyone involved follows it. */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ReferralResource {

    private final Referrals referrals;
    private final ReferralBookings bookings;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public ReferralResource(Referrals referrals, ReferralBookings bookings, Idempotency idempotency,
            SecurityIdentity identity) {
        this.referrals = referrals;
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    private static UUID id(String id) {
        return Ids.required(id, "referral");
    }

    private static RestResponse<ReferralView> created(ReferralView view) {
        return RestResponse.ResponseBuilder.<ReferralView> created(URI.create("/api/v1/referrals/" + view.id()))
                .entity(view).build();
    }

    @POST
    @RolesAllowed(Roles.DOCTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "referUp", summary = "Refer a signed resident to a hospital department (上转)",
            description = "Only the patient's active family doctor (403 otherwise). Valid 14 days (urgent: 3); while "
                    + "valid the department's referral pool is open to the patient. When no slot is free in the window "
                    + "the referral goes to the hospital's worklist (state AWAITING_SLOT).")
    @APIResponse(responseCode = "201", description = "Referred",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<ReferralView>> referUp(@NotNull @Valid NewReferral body,
            @HeaderParam(Idempotency.HEADER) @Parameter(required = true, description = "Unique per intended record; "
                    + "a retry with the same key and body gets the first answer",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,64}$")) String idempotencyKey) {
        Caller caller = caller();
        return idempotency.once("referral:" + caller.accountId(), idempotencyKey, body, ReferralView.class,
                () -> referrals.refer(caller, body).map(ReferralResource::created));
    }

    @POST
    @Path("/downward")
    @RolesAllowed({ Roles.DOCTOR, Roles.STAFF })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "referDown", summary = "Refer a patient back to a community centre for recovery (下转)",
            description = "By a doctor or staff of the hospital that saw the patient. The patient's family doctor at the "
                    + "centre gets a task to acknowledge; a patient without an active signing there is offered signing.")
    @APIResponse(responseCode = "201", description = "Referred",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<ReferralView>> referDown(@NotNull @Valid NewDownwardReferral body,
            @HeaderParam(Idempotency.HEADER) @Parameter(required = true, description = "Unique per intended record; "
                    + "a retry with the same key and body gets the first answer",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,64}$")) String idempotencyKey) {
        Caller caller = caller();
        return idempotency.once("referral:" + caller.accountId(), idempotencyKey, body, ReferralView.class,
                () -> referrals.referDown(caller, body).map(ReferralResource::created));
    }

    @GET
    @Path("/incoming")
    @RolesAllowed({ Roles.STAFF, Roles.DOCTOR })
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "listIncomingReferrals", summary = "Referrals addressed to the caller's institution, urgent first")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<ReferralView>> listIncomingReferrals(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = ReferralState.class)) String state,
            @QueryParam("priority") @Parameter(schema = @Schema(implementation = ReferralPriority.class)) String priority,
            @QueryParam("direction") @Parameter(schema = @Schema(implementation = Direction.class)) String direction,
            @BeanParam Paging paging) {
        return referrals.list(caller(), new ReferralViews.Filter(ReferralViews.Scope.INCOMING,
                QueryParams.enumValue("state", state, ReferralState.class),
                QueryParams.enumValue("priority", priority, ReferralPriority.class),
                QueryParams.enumValue("direction", direction, Direction.class)), paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "getReferral", summary = "One referral with its history; 404 for anyone not involved")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ReferralView> getReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return referrals.find(caller(), id(id));
    }

    @GET
    @Path("/{id}/slots")
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF })
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "listReferralSlots", summary = "Slots the referral may take, referral pool first",
            description = "Inside the referral's window only (urgent referrals have a short one); examination resources "
                    + "when it asks for an examination.")
    @APIResponse(responseCode = "200", description = "The slots")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<List<SlotOffer>> listReferralSlots(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bookings.slots(caller(), id(id));
    }

    @POST
    @Path("/{id}/book")
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "bookReferral", summary = "Hold a slot through the referral (the hospital offers one from its worklist)",
            description = "One consultation and one examination at most; the hold is confirmed by the family doctor or the resident.")
    @APIResponse(responseCode = "200", description = "Booked; the referral carries the booking")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<ReferralView> bookReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid SlotChoice body) {
        return bookings.book(caller(), id(id), Ids.required(body.slotId(), "slot"));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR })
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "confirmReferralBooking", summary = "Confirm the referral's held bookings within their hold time")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> confirmReferralBooking(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return bookings.confirm(caller(), id(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "cancelReferral", summary = "Withdraw the referral; its bookings are cancelled")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> cancelReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Note body) {
        return referrals.cancel(caller(), id(id), body.text());
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({ Roles.STAFF, Roles.DOCTOR })
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "acceptReferral", summary = "The hospital accepts the referral")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> acceptReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return referrals.accept(caller(), id(id));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({ Roles.STAFF, Roles.DOCTOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "declineReferral", summary = "The hospital declines with a reason; bookings are cancelled, "
            + "the family doctor and the resident are told")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> declineReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Note body) {
        return referrals.decline(caller(), id(id), body.text());
    }

    @POST
    @Path("/{id}/visit")
    @RolesAllowed({ Roles.STAFF, Roles.DOCTOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "recordReferralVisit", summary = "Record the visit and its outcome")
    @APIResponse(responseCode = "200", description = "Visited")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> recordReferralVisit(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Note body) {
        return referrals.visit(caller(), id(id), body.text());
    }

    @POST
    @Path("/{id}/admission")
    @RolesAllowed({ Roles.STAFF, Roles.DOCTOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "requestReferralAdmission", summary = "Ask for priority admission (优先住院)")
    @APIResponse(responseCode = "200", description = "Asked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> requestReferralAdmission(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Note body) {
        return referrals.requestAdmission(caller(), id(id), body.text());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.STAFF, Roles.DOCTOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "closeReferral", summary = "Close with the outcome: upward after the visit (hospital), "
            + "downward after acknowledging it (family doctor)")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> closeReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Note body) {
        return referrals.close(caller(), id(id), body.text());
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({ Roles.DOCTOR, Roles.STAFF })
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "acknowledgeReferral", summary = "The family doctor takes a downward referral on as a task")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ReferralView> acknowledgeReferral(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return referrals.acknowledge(caller(), id(id));
    }

    @POST
    @Path("/{id}/follow-up-plans")
    @RolesAllowed(Roles.DOCTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.DOCTOR)
    @Operation(operationId = "planReferralFollowUps", summary = "Make follow-up plans from an acknowledged downward referral",
            description = "By the family doctor with the task; one plan per condition, with the referral as its source.")
    @APIResponse(responseCode = "200", description = "The plans made")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<List<io.jiayi.followup.rest.FollowUpModels.PlanView>> planReferralFollowUps(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid ReferralModels.FollowUpPlanRequest body) {
        return referrals.planFollowUps(caller(), id(id), body.conditions());
    }
}
