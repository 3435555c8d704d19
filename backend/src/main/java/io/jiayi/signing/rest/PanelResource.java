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

@Path("/api/v1/doctors/me/panel")
@Produces(MediaType.APPLICATION_JSON)
public class PanelResource {

    private final Panels panels;
    private final SecurityIdentity identity;

    public PanelResource(Panels panels, SecurityIdentity identity) {
        this.panels = panels;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.DOCTOR)
    @Tag(name = Audiences.DOCTOR)
    @SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
    @Operation(operationId = "getMyPanel", summary = "The family doctor's signed residents, with capacity used and total",
            description = "Filter by key population (true/false), one tag, or those due for renewal (term ends within 60 days).")
    @APIResponse(responseCode = "200", description = "One page of the panel")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PanelPage> getMyPanel(
            @QueryParam("keyPopulation") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String keyPopulation,
            @QueryParam("tag") @Parameter(schema = @Schema(implementation = KeyPopulation.class)) String tag,
            @QueryParam("dueForRenewal") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String dueForRenewal,
            @BeanParam Paging paging) {
        Caller caller = Caller.of(identity);
        var doctorId = caller.doctorId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
        return panels.panel(doctorId, QueryParams.booleanValue("keyPopulation", keyPopulation),
                QueryParams.enumValue("tag", tag, KeyPopulation.class),
                Boolean.TRUE.equals(QueryParams.booleanValue("dueForRenewal", dueForRenewal)), paging.request());
    }
}
