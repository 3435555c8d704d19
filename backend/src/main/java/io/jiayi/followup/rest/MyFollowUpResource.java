package io.jiayi.followup.rest;

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
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import io.jiayi.followup.FollowUpCondition;
import io.jiayi.followup.FollowUpState;
import io.jiayi.followup.rest.FollowUpModels.AnswerRequest;
import io.jiayi.followup.rest.FollowUpModels.FollowUpSummary;
import io.jiayi.followup.rest.FollowUpModels.FollowUpView;
import io.jiayi.followup.service.FollowUps;

/** The resident's follow-ups, and those of the members they manage: see them and answer them online. */
@Path("/api/v1/me/follow-ups")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyFollowUpResource {

    private final FollowUps followUps;
    private final SecurityIdentity identity;

    public MyFollowUpResource(FollowUps followUps, SecurityIdentity identity) {
        this.followUps = followUps;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyFollowUps", summary = "Follow-ups of the resident and active members, by due date",
            description = "state=DUE lists those to answer now. Without state: all but cancelled.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PageResponse<FollowUpSummary>> listMyFollowUps(
            @QueryParam("patientId") @Parameter(description = "Only this patient (self or an active member)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = FollowUpState.class)) String state,
            @QueryParam("condition") @Parameter(schema = @Schema(implementation = FollowUpCondition.class)) String condition,
            @BeanParam Paging paging) {
        return followUps.ofResident(Caller.of(identity), new FollowUps.Filter(
                QueryParams.enumValue("state", state, FollowUpState.class),
                QueryParams.enumValue("condition", condition, FollowUpCondition.class),
                Ids.filter("patientId", patientId), null, null), paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyFollowUp", summary = "A follow-up with the form to answer (its own version) and any answers",
            description = "Every read is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The follow-up")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<FollowUpView> getMyFollowUp(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            RoutingContext ctx) {
        return followUps.forResident(Caller.of(identity), Ids.required(id, "followUp"), Origins.of(ctx));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerMyFollowUp", summary = "Answer a DUE follow-up online",
            description = "Checked against the form version the follow-up was issued with; each problem is named by its "
                    + "field (answers.<question>). Outside the window or answered already: 409. Abnormal readings raise "
                    + "an alert for the family doctor.")
    @APIResponse(responseCode = "200", description = "The answered follow-up")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<FollowUpView> answerMyFollowUp(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid AnswerRequest body) {
        return followUps.answerAsResident(Caller.of(identity), Ids.required(id, "followUp"), body.answers(),
                body.channel());
    }
}
