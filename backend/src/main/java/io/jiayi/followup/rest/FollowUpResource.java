package io.jiayi.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import io.jiayi.followup.rest.FollowUpModels.AnswerRequest;
import io.jiayi.followup.rest.FollowUpModels.FollowUpView;
import io.jiayi.followup.service.FollowUps;

/** A follow-up of a resident of the doctor's panel: read it, record its answers after a call or visit. */
@Path("/api/v1/follow-ups/{id}")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class FollowUpResource {

    private final FollowUps followUps;
    private final SecurityIdentity identity;

    public FollowUpResource(FollowUps followUps, SecurityIdentity identity) {
        this.followUps = followUps;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getPanelFollowUp", summary = "A follow-up with its form version and answers",
            description = "Every read is written to the audit log. Follow-ups of residents not signed with the caller are not found.")
    @APIResponse(responseCode = "200", description = "The follow-up")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<FollowUpView> getPanelFollowUp(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            RoutingContext ctx) {
        return followUps.forDoctor(Caller.of(identity), Ids.required(id, "followUp"), Origins.of(ctx));
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordFollowUpAnswers", summary = "Record the answers of a phone call or visit (channel PHONE or VISIT)",
            description = "Allowed while DUE and also once OVERDUE (a late follow-up), never before the window opens. "
                    + "Answers are checked against the form version the follow-up was issued with; abnormal readings raise an alert.")
    @APIResponse(responseCode = "200", description = "The answered follow-up")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<FollowUpView> recordFollowUpAnswers(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid AnswerRequest body) {
        return followUps.answerAsDoctor(Caller.of(identity), Ids.required(id, "followUp"), body.answers(), body.channel());
    }
}
