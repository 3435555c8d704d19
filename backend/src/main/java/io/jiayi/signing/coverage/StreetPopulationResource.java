package io.jiayi.signing.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/streets/{id}/population")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
public class StreetPopulationResource {

    private final CoverageService service;

    public StreetPopulationResource(CoverageService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
    @Operation(operationId = "setStreetPopulation", summary = "Set a street's census figures (admin)",
            description = "The denominators of signing coverage; replaces the street's earlier figures.")
    @APIResponse(responseCode = "200", description = "The street's figures as stored")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<StreetPopulation> setStreetPopulation(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid StreetPopulationUpdate body) {
        return service.updateStreetPopulation(Ids.required(id, "street"), body);
    }
}
