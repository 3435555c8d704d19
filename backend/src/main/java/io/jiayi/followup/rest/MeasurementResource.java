package io.jiayi.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.HeaderParam;
import io.jiayi.common.idempotency.Idempotency;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import io.jiayi.followup.rest.FollowUpModels.MeasurementView;
import io.jiayi.followup.rest.FollowUpModels.StationMeasurement;
import io.jiayi.followup.service.HealthReadings;

/** Staff of a health station post measurements for residents; partner and device pushes come later. */
@Path("/api/v1/measurements")
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
public class MeasurementResource {

    private final HealthReadings readings;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public MeasurementResource(HealthReadings readings, Idempotency idempotency, SecurityIdentity identity) {
        this.readings = readings;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postStationMeasurement", summary = "Post a measurement taken at a health station or by a device",
            description = "For now staff push these (source HEALTH_STATION or DEVICE); smart stations and devices will push "
                    + "through the partner API once it exists. The resident is named by ID number; the values feed the "
                    + "same alert rules as follow-up answers.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<MeasurementView>> postStationMeasurement(@NotNull @Valid StationMeasurement body,
            @HeaderParam(Idempotency.HEADER) @Parameter(required = true, description = "Unique per intended record; "
                    + "a retry with the same key and body gets the first answer",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,64}$")) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        return idempotency.once("measurement:" + caller.accountId(), idempotencyKey, body, MeasurementView.class,
                () -> readings.measureAtStation(caller, body).map(RestResponse::ok));
    }
}
