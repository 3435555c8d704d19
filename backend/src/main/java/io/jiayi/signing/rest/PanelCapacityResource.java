package io.jiayi.signing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.rest.SigningModels.Capacity;
import io.jiayi.signing.rest.SigningModels.CapacityUpdate;
import io.jiayi.signing.rest.SigningModels.PanelPage;
import io.jiayi.signing.service.Panels;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/doctors/{id}/panel-capacity")
@Produces(MediaType.APPLICATION_JSON)
public class PanelCapacityResource {

    private final Panels panels;
    private final SecurityIdentity identity;

    public PanelCapacityResource(Panels panels, SecurityIdentity identity) {
        this.panels = panels;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "setPanelCapacity", summary = "Set how many residents a family doctor may hold (staff of the doctor's institution, admin)")
    @APIResponse(responseCode = "200", description = "The capacity")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Capacity> setPanelCapacity(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid CapacityUpdate body) {
        return panels.setCapacity(Caller.of(identity), Ids.required(id, "doctor"), body.capacity());
    }
}
