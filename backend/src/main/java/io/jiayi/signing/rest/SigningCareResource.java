package io.jiayi.signing.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.rest.SigningModels.AssessmentRequest;
import io.jiayi.signing.rest.SigningModels.AssessmentView;
import io.jiayi.signing.rest.SigningModels.EventView;
import io.jiayi.signing.rest.SigningModels.PlanRequest;
import io.jiayi.signing.rest.SigningModels.PlanView;
import io.jiayi.signing.rest.SigningModels.SigningView;
import io.jiayi.signing.rest.SigningModels.TagView;
import io.jiayi.signing.service.CareRecords;
import io.jiayi.signing.service.KeyPopulations;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A signing as the care side works on it: its doctor, staff of its centre, administrators. */
@Path("/api/v1/signings/{id}")
@RolesAllowed({ Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
public class SigningCareResource {

    private final CareRecords records;
    private final KeyPopulations keyPopulations;
    private final SecurityIdentity identity;

    public SigningCareResource(CareRecords records, KeyPopulations keyPopulations, SecurityIdentity identity) {
        this.records = records;
        this.keyPopulations = keyPopulations;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getSigning", summary = "A signing")
    @APIResponse(responseCode = "200", description = "The signing")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<SigningView> getSigning(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return records.signing(Caller.of(identity), Ids.required(id, "signing"));
    }

    @GET
    @Path("/events")
    @Operation(operationId = "listSigningEvents", summary = "Every state change of the signing: who, when, from, to, why")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<EventView>> listSigningEvents(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return records.events(Caller.of(identity), Ids.required(id, "signing"));
    }

    @GET
    @Path("/key-populations")
    @Operation(operationId = "listSigningKeyPopulations", summary = "The signed resident's key-population tags")
    @APIResponse(responseCode = "200", description = "The tags")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<TagView>> listSigningKeyPopulations(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return keyPopulations.ofSigning(Caller.of(identity), Ids.required(id, "signing"));
    }

    @PUT
    @Path("/key-populations/{tag}")
    @Operation(operationId = "confirmKeyPopulation", summary = "Confirm a tag (declared or not)")
    @APIResponse(responseCode = "200", description = "The tags")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<List<TagView>> confirmKeyPopulation(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @PathParam("tag") @Parameter(schema = @Schema(implementation = KeyPopulation.class)) String tag) {
        return keyPopulations.confirm(Caller.of(identity), Ids.required(id, "signing"),
                QueryParams.enumValue("tag", tag, KeyPopulation.class));
    }

    @DELETE
    @Path("/key-populations/{tag}")
    @Operation(operationId = "removeKeyPopulation", summary = "Remove a tag")
    @APIResponse(responseCode = "200", description = "The tags")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<List<TagView>> removeKeyPopulation(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @PathParam("tag") @Parameter(schema = @Schema(implementation = KeyPopulation.class)) String tag) {
        return keyPopulations.remove(Caller.of(identity), Ids.required(id, "signing"),
                QueryParams.enumValue("tag", tag, KeyPopulation.class));
    }

    @POST
    @Path("/health-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordHealthAssessment", summary = "Record a health assessment (the first one at activation)")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<RestResponse<AssessmentView>> recordHealthAssessment(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid AssessmentRequest body) {
        return records.assess(Caller.of(identity), Ids.required(id, "signing"), body)
                .map(created -> RestResponse.ResponseBuilder.<AssessmentView> created(
                        URI.create("/api/v1/signings/" + id + "/health-assessments")).entity(created).build());
    }

    @GET
    @Path("/health-assessments")
    @Operation(operationId = "listHealthAssessments", summary = "The signed resident's health assessments, oldest first")
    @APIResponse(responseCode = "200", description = "The assessments")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<AssessmentView>> listHealthAssessments(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return records.assessments(Caller.of(identity), Ids.required(id, "signing"));
    }

    @PUT
    @Path("/management-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setManagementPlan", summary = "Set the personal health management plan (the last one is kept, superseded)")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<PlanView> setManagementPlan(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid PlanRequest body) {
        return records.plan(Caller.of(identity), Ids.required(id, "signing"), body);
    }

    @GET
    @Path("/management-plan")
    @Operation(operationId = "getManagementPlan", summary = "The current management plan")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PlanView> getManagementPlan(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return records.currentPlan(Caller.of(identity), Ids.required(id, "signing"));
    }
}
