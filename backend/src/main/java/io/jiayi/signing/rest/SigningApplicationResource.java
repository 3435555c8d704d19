package io.jiayi.signing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.signing.ApplicationStatus;
import io.jiayi.signing.rest.SigningModels.ApplicationView;
import io.jiayi.signing.rest.SigningModels.Rejection;
import io.jiayi.signing.service.SigningDecisions;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The care side's worklist of signing applications, and its answers. */
@Path("/api/v1/signing-applications")
@RolesAllowed({ Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
public class SigningApplicationResource {

    private final SigningDecisions decisions;
    private final SecurityIdentity identity;

    public SigningApplicationResource(SigningDecisions decisions, SecurityIdentity identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listSigningApplications", summary = "Applications to answer: a doctor's own, a centre's for its staff",
            description = "Oldest first; filter by status (PENDING for the worklist).")
    @APIResponse(responseCode = "200", description = "One page of applications")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<ApplicationView>> listSigningApplications(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ApplicationStatus.class)) String status,
            @BeanParam Paging paging) {
        return decisions.worklist(Caller.of(identity), QueryParams.enumValue("status", status, ApplicationStatus.class),
                paging.request());
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptSigningApplication", summary = "Accept: every member becomes signed, within the panel's capacity")
    @APIResponse(responseCode = "200", description = "The application, ACCEPTED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<ApplicationView> acceptSigningApplication(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return decisions.accept(Caller.of(identity), Ids.required(id, "signingApplication"));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectSigningApplication", summary = "Reject with a reason")
    @APIResponse(responseCode = "200", description = "The application, REJECTED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<ApplicationView> rejectSigningApplication(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid Rejection body) {
        return decisions.reject(Caller.of(identity), Ids.required(id, "signingApplication"), body.reason());
    }
}
