package io.jiayi.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.paging.Paging;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.service.DoctorService;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/family-doctor-teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.PUBLIC)
public class FamilyDoctorTeamResource {

    private final DoctorService service;

    public FamilyDoctorTeamResource(DoctorService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listFamilyDoctorTeams", summary = "Family-doctor teams (家庭医生工作室), by community centre")
    @APIResponse(responseCode = "200", description = "One page of teams")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<TeamView>> listFamilyDoctorTeams(
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId,
            @BeanParam Paging paging) {
        return service.listTeams(Ids.filter("institutionId", institutionId), paging.request());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getFamilyDoctorTeam", summary = "A family-doctor team with its members, leader first")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<TeamView> getFamilyDoctorTeam(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.findTeam(Ids.required(id, "team"));
    }
}
