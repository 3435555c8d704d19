package io.jiayi.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import io.jiayi.directory.service.StreetService;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/streets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.PUBLIC)
public class StreetResource {

    private final StreetService service;

    public StreetResource(StreetService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listStreets", summary = "The district's streets and towns with the centre serving each")
    @APIResponse(responseCode = "200", description = "One page of streets")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<StreetView>> listStreets(@BeanParam Paging paging) {
        return service.listStreets(paging.request());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getStreet", summary = "A street and the community centre serving it")
    @APIResponse(responseCode = "200", description = "The street")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<StreetView> getStreet(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return service.findStreet(Ids.required(id, "street"));
    }
}
