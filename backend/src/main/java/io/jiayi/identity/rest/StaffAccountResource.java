package io.jiayi.identity.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
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

import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.identity.account.StaffAccounts;
import io.jiayi.identity.rest.StaffAccountRequests.NewStaffAccount;
import io.jiayi.identity.rest.StaffAccountRequests.StaffAccountView;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/staff-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccountResource {

    private final StaffAccounts accounts;

    public StaffAccountResource(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
    @Operation(operationId = "getStaffAccount", summary = "A doctor's, staff member's or administrator's account (admin)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<StaffAccountView> getStaffAccount(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return accounts.find(Ids.required(id, "account"));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
    @Operation(operationId = "createStaffAccount", summary = "Open an account for a doctor, staff member or administrator (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffAccountView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<StaffAccountView>> createStaffAccount(@NotNull @Valid NewStaffAccount body) {
        return accounts.create(body).map(created -> RestResponse.ResponseBuilder.<StaffAccountView> created(
                URI.create("/api/v1/staff-accounts/" + created.id())).entity(created).build());
    }
}
