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
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.directory.InstitutionType;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.directory.service.InstitutionService;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionResource {

    private final InstitutionService service;

    public InstitutionResource(InstitutionService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "listInstitutions", summary = "List the district's institutions",
            description = "Community centres, branch centres, service stations, district and city hospitals, by code.")
    @APIResponse(responseCode = "200", description = "One page of institutions")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<InstitutionView>> listInstitutions(
            @QueryParam("type") @Parameter(description = "Only this kind of institution.",
                    schema = @Schema(implementation = InstitutionType.class)) String type,
            @QueryParam("streetId") @Parameter(description = "Only institutions serving or standing in this street.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String streetId,
            @QueryParam("parentId") @Parameter(description = "Only the branch centres and stations of this centre.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String parentId,
            @QueryParam("name") @Size(max = 64) @Parameter(description = "Part of the name.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String name,
            @BeanParam Paging paging) {
        var filter = new InstitutionRepository.Filter(QueryParams.enumValue("type", type, InstitutionType.class),
                Ids.filter("streetId", streetId), Ids.filter("parentId", parentId), name);
        return service.listInstitutions(filter, paging.request());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getInstitution", summary = "An institution with its stations and family-doctor teams")
    @APIResponse(responseCode = "200", description = "The institution")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<InstitutionDetail> getInstitution(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.findInstitution(Ids.required(id, "institution"));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
    @Operation(operationId = "createInstitution", summary = "Add an institution (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new resource", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<InstitutionView>> createInstitution(@NotNull @Valid NewInstitution body) {
        return service.createInstitution(body)
                .map(created -> RestResponse.ResponseBuilder.<InstitutionView> created(URI.create("/api/v1/institutions/" + created.id()))
                        .entity(created).build());
    }
}
