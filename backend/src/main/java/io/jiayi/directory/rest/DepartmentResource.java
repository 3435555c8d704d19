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
import io.jiayi.directory.DepartmentCategory;
import io.jiayi.directory.repository.DepartmentRepository;
import io.jiayi.directory.service.DepartmentService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentService service;
    private final SecurityIdentity identity;

    public DepartmentResource(DepartmentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "listDepartments", summary = "List departments, by institution and category")
    @APIResponse(responseCode = "200", description = "One page of departments")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<DepartmentView>> listDepartments(
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = DepartmentCategory.class)) String category,
            @QueryParam("name") @Size(max = 64) @Parameter(description = "Part of the name.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String name,
            @BeanParam Paging paging) {
        var filter = new DepartmentRepository.Filter(Ids.filter("institutionId", institutionId),
                QueryParams.enumValue("category", category, DepartmentCategory.class), name);
        return service.listDepartments(filter, paging.request());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getDepartment", summary = "A department")
    @APIResponse(responseCode = "200", description = "The department")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<DepartmentView> getDepartment(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.findDepartment(Ids.required(id, "department"));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN, Roles.STAFF })
    @Operation(operationId = "createDepartment", summary = "Add a department (admin, or staff of the institution)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new resource", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<DepartmentView>> createDepartment(@NotNull @Valid NewDepartment body) {
        return service.createDepartment(body, Caller.of(identity))
                .map(created -> RestResponse.ResponseBuilder.<DepartmentView> created(
                        URI.create("/api/v1/departments/" + created.id())).entity(created).build());
    }
}
