package io.jiayi.signing.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
public class CoverageResource {

    private final CoverageService service;

    public CoverageResource(CoverageService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "getCoverage", summary = "Family doctor signing coverage of the district, its streets and centres",
            description = "Counted exactly at the time of the request against the streets' census figures and the "
                    + "targets (48% of all residents, 80% of key populations). Staff and administrators.")
    @APIResponse(responseCode = "200", description = "The coverage report")
    public Uni<CoverageReport> getCoverage() {
        return service.report();
    }
}
