package io.jiayi.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.signing.rest.SigningModels.FamilyDoctorView;
import io.jiayi.signing.service.FamilyDoctors;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/family-doctors")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyDoctorResource {

    private final FamilyDoctors familyDoctors;

    public FamilyDoctorResource(FamilyDoctors familyDoctors) {
        this.familyDoctors = familyDoctors;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Tag(name = Audiences.RESIDENT)
    @Operation(operationId = "findFamilyDoctors", summary = "Family doctors to sign with, by centre or by the resident's street",
            description = "Each with their team, specialty, remaining panel capacity and the centre's signature service.")
    @APIResponse(responseCode = "200", description = "One page of family doctors")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<FamilyDoctorView>> findFamilyDoctors(
            @QueryParam("centreId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String centreId,
            @QueryParam("streetId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String streetId,
            @BeanParam Paging paging) {
        return familyDoctors.find(Ids.filter("centreId", centreId), Ids.filter("streetId", streetId), paging.request());
    }
}
