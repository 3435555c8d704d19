package io.jiayi.followup.rest;

import jakarta.annotation.security.RolesAllowed;
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

import io.jiayi.followup.FollowUpCondition;
import io.jiayi.followup.FollowUpState;
import io.jiayi.followup.rest.FollowUpModels.FollowUpSummary;
import io.jiayi.followup.service.FollowUps;

/** The family doctor's follow-up work list over their panel. */
@Path("/api/v1/doctors/me/follow-ups")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class DoctorFollowUpResource {

    private final FollowUps followUps;
    private final SecurityIdentity identity;

    public DoctorFollowUpResource(FollowUps followUps, SecurityIdentity identity) {
        this.followUps = followUps;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyPanelFollowUps", summary = "Follow-ups of the residents signed with the doctor",
            description = "state=OVERDUE is the overdue list (windows closed unanswered, oldest first); DUE those open "
                    + "now; ANSWERED newest answer first. Without state: all but cancelled, by due date.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<FollowUpSummary>> listMyPanelFollowUps(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = FollowUpState.class)) String state,
            @QueryParam("condition") @Parameter(schema = @Schema(implementation = FollowUpCondition.class)) String condition,
            @QueryParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @QueryParam("dueFrom") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String dueFrom,
            @QueryParam("dueTo") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String dueTo,
            @BeanParam Paging paging) {
        return followUps.ofDoctor(Caller.of(identity), new FollowUps.Filter(
                QueryParams.enumValue("state", state, FollowUpState.class),
                QueryParams.enumValue("condition", condition, FollowUpCondition.class),
                Ids.filter("patientId", patientId), Origins.date("dueFrom", dueFrom), Origins.date("dueTo", dueTo)),
                paging.request());
    }
}
