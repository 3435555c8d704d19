package io.jiayi.directory.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import io.jiayi.common.paging.Paging;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.repository.DoctorRepository;
import io.jiayi.directory.service.DoctorService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/doctors")
@Produces(MediaType.APPLICATION_JSON)
public class DoctorResource {

    private final DoctorService service;
    private final SecurityIdentity identity;

    public DoctorResource(DoctorService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "listDoctors", summary = "List doctors, by institution, department, team, title")
    @APIResponse(responseCode = "200", description = "One page of doctors")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<DoctorView>> listDoctors(
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId,
            @QueryParam("departmentId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String departmentId,
            @QueryParam("teamId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String teamId,
            @QueryParam("familyDoctor") @Parameter(description = "Only family doctors (true) or only others (false).",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            String familyDoctor,
            @QueryParam("title") @Parameter(schema = @Schema(implementation = DoctorTitle.class)) String title,
            @QueryParam("name") @Size(max = 32) @Parameter(description = "Part of the name.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String name,
            @BeanParam Paging paging) {
        var filter = new DoctorRepository.Filter(Ids.filter("institutionId", institutionId),
                Ids.filter("departmentId", departmentId), Ids.filter("teamId", teamId),
                QueryParams.booleanValue("familyDoctor", familyDoctor),
                QueryParams.enumValue("title", title, DoctorTitle.class), name);
        return service.listDoctors(filter, paging.request());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getDoctor", summary = "A doctor: title, specialty, team, introduction")
    @APIResponse(responseCode = "200", description = "The doctor")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<DoctorView> getDoctor(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.findDoctor(Ids.required(id, "doctor"));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN, Roles.STAFF })
    @Operation(operationId = "createDoctor", summary = "Add a doctor (admin, or staff of the institution)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new resource", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DoctorView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<DoctorView>> createDoctor(@NotNull @Valid NewDoctor body) {
        return service.createDoctor(body, Caller.of(identity))
                .map(created -> RestResponse.ResponseBuilder.<DoctorView> created(
                        URI.create("/api/v1/doctors/" + created.id())).entity(created).build());
    }
}
