package io.jiayi.signing.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.signing.rest.SigningModels.ApplicationView;
import io.jiayi.signing.rest.SigningModels.SigningRequest;
import io.jiayi.signing.rest.SigningModels.SigningView;
import io.jiayi.signing.rest.SigningModels.Termination;
import io.jiayi.signing.service.ResidentSignings;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Residents' signing applications: look at one, withdraw it before the doctor answers. */
@Path("/api/v1/me/signing-applications")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MySigningApplicationResource {

    private static final String UUID_SCHEMA = "uuid";

    private final ResidentSignings signings;
    private final SecurityIdentity identity;

    public MySigningApplicationResource(ResidentSignings signings, SecurityIdentity identity) {
        this.signings = signings;
        this.identity = identity;
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMySigningApplication", summary = "One of the resident's signing applications")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ApplicationView> getMySigningApplication(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = UUID_SCHEMA)) String id) {
        return signings.application(me(), Ids.required(id, "signingApplication"));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelMySigningApplication", summary = "Withdraw an application the doctor has not answered")
    @APIResponse(responseCode = "200", description = "The application, now CANCELLED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ApplicationView> cancelMySigningApplication(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = UUID_SCHEMA)) String id) {
        return signings.cancel(me(), Ids.required(id, "signingApplication"));
    }
}
