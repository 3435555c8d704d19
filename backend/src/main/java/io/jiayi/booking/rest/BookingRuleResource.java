package io.jiayi.booking.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import io.jiayi.booking.rest.ScheduleModels.RulesUpdate;
import io.jiayi.booking.rest.ScheduleModels.RulesView;
import io.jiayi.booking.service.BookingRules;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/institutions/{id}/booking-rules")
@Produces(MediaType.APPLICATION_JSON)
public class BookingRuleResource {

    private final BookingRules rules;
    private final SecurityIdentity identity;

    public BookingRuleResource(BookingRules rules, SecurityIdentity identity) {
        this.rules = rules;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getBookingRules", summary = "An institution's booking rules: horizon, release time, cut-off, cancellation")
    @APIResponse(responseCode = "200", description = "The rules in force")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RulesView> getBookingRules(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return rules.rulesOf(Ids.required(id, "institution"));
    }

    @PUT
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "setBookingRules", summary = "Set the institution's booking rules (its staff, admin)")
    @APIResponse(responseCode = "200", description = "The rules")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RulesView> setBookingRules(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid RulesUpdate body) {
        return rules.update(Caller.of(identity), Ids.required(id, "institution"), body);
    }
}
