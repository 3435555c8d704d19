package io.jiayi.booking.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import io.jiayi.booking.rest.BookingModels.Reason;
import io.jiayi.booking.rest.BookingModels.RestrictionView;
import io.jiayi.booking.service.Restrictions;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/booking-restrictions")
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
public class RestrictionResource {

    private final Restrictions restrictions;
    private final SecurityIdentity identity;

    public RestrictionResource(Restrictions restrictions, SecurityIdentity identity) {
        this.restrictions = restrictions;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listBookingRestrictions", summary = "A patient's booking restrictions, newest first")
    @APIResponse(responseCode = "200", description = "The restrictions")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<List<RestrictionView>> listBookingRestrictions(
            @QueryParam("patientId") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId) {
        if (patientId == null) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, "patientId", "");
        }
        return restrictions.ofPatient(Ids.filter("patientId", patientId));
    }

    @POST
    @Path("/{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "liftBookingRestriction", summary = "Lift a restriction, with the reason recorded")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Void> liftBookingRestriction(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Reason body) {
        return restrictions.lift(Caller.of(identity), Ids.required(id, "restriction"), body.reason());
    }
}
