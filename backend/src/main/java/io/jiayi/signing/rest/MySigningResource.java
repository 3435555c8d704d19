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

/** Residents' signings, for themselves and the members they manage. */
@Path("/api/v1/me/signings")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MySigningResource {

    private static final String UUID_SCHEMA = "uuid";

    private final ResidentSignings signings;
    private final SecurityIdentity identity;

    public MySigningResource(ResidentSignings signings, SecurityIdentity identity) {
        this.signings = signings;
        this.identity = identity;
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyForSigning", summary = "Apply to sign with a family doctor, alone or as a household",
            description = "All or none: if one person cannot sign, nobody is signed and blockedBy says who and why. "
                    + "An active signing with another doctor makes it a switch (转签); with the same doctor, a renewal "
                    + "inside the 60 days before the term ends.")
    @APIResponse(responseCode = "201", description = "Applied; the doctor answers",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<ApplicationView>> applyForSigning(@NotNull @Valid SigningRequest body) {
        return signings.apply(me(), body).map(application -> RestResponse.ResponseBuilder.<ApplicationView> created(
                URI.create("/api/v1/me/signing-applications/" + application.id())).entity(application).build());
    }

    @GET
    @Operation(operationId = "listMySignings", summary = "Signings of the resident and their members, newest first (history included)")
    @APIResponse(responseCode = "200", description = "The signings")
    public Uni<List<SigningView>> listMySignings() {
        return signings.mine(me());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMySigning", summary = "One signing of the resident or a member")
    @APIResponse(responseCode = "200", description = "The signing")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<SigningView> getMySigning(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = UUID_SCHEMA)) String id) {
        return signings.one(me(), Ids.required(id, "signing"));
    }

    @POST
    @Path("/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "terminateSigning", summary = "Terminate (解约) an active signing, with a reason")
    @APIResponse(responseCode = "200", description = "The signing, now TERMINATED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<SigningView> terminateSigning(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = UUID_SCHEMA)) String id,
            @NotNull @Valid Termination body) {
        return signings.terminate(me(), Ids.required(id, "signing"), body);
    }
}
