package io.jiayi.signing.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.signing.rest.SigningModels.Declaration;
import io.jiayi.signing.rest.SigningModels.TagView;
import io.jiayi.signing.service.KeyPopulations;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/me/patients/{patientId}/key-populations")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyKeyPopulationResource {

    private final KeyPopulations keyPopulations;
    private final SecurityIdentity identity;

    public MyKeyPopulationResource(KeyPopulations keyPopulations, SecurityIdentity identity) {
        this.keyPopulations = keyPopulations;
        this.identity = identity;
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @GET
    @Operation(operationId = "listKeyPopulations", summary = "Key-population tags of the resident or a member, derived ones included")
    @APIResponse(responseCode = "200", description = "The tags")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<TagView>> listKeyPopulations(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId) {
        return keyPopulations.ofPatient(me(), Ids.required(patientId, "patient"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareKeyPopulation", summary = "Declare a condition (unconfirmed until a doctor confirms it)")
    @APIResponse(responseCode = "200", description = "The tags")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<List<TagView>> declareKeyPopulation(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @NotNull @Valid Declaration body) {
        return keyPopulations.declare(me(), Ids.required(patientId, "patient"), body.tag());
    }
}
