package io.jiayi.followup.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.jboss.resteasy.reactive.RestResponse;

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

import jakarta.ws.rs.HeaderParam;
import io.jiayi.common.idempotency.Idempotency;
import java.util.UUID;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import io.jiayi.followup.rest.FollowUpModels.MeasurementRequest;
import io.jiayi.followup.rest.FollowUpModels.MeasurementView;
import io.jiayi.followup.service.HealthReadings;

/** Self-measurements of the resident or an active member, posted from the app. */
@Path("/api/v1/me/patients/{patientId}/measurements")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyMeasurementResource {

    private final HealthReadings readings;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public MyMeasurementResource(HealthReadings readings, Idempotency idempotency, SecurityIdentity identity) {
        this.readings = readings;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postMyMeasurement", summary = "Post a self-measurement (blood pressure, glucose, weight)",
            description = "From the app, or from a health station or device the resident copies from. The values feed "
                    + "the same alert rules as follow-up answers. Device and partner pushes come later through the partner "
                    + "API; until then staff post with POST /api/v1/measurements.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<MeasurementView>> postMyMeasurement(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @NotNull @Valid MeasurementRequest body,
            @HeaderParam(Idempotency.HEADER) @Parameter(required = true, description = "Unique per intended record; "
                    + "a retry with the same key and body gets the first answer",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{8,64}$")) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        UUID patient = Ids.required(patientId, "patient");
        // A retried post must not record the reading twice (nor raise its alert twice).
        return idempotency.once("measurement:" + caller.accountId(), idempotencyKey, body, MeasurementView.class,
                () -> readings.measure(caller, patient, body)
                        .map(view -> RestResponse.ResponseBuilder.<MeasurementView> created(URI.create(
                                "/api/v1/me/patients/" + patientId + "/measurements/" + view.id())).entity(view).build()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyMeasurement", summary = "A self-measurement", description = "Every read is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The measurement")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<MeasurementView> getMyMeasurement(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            RoutingContext ctx) {
        return readings.measurement(Caller.of(identity), Ids.required(patientId, "patient"),
                Ids.required(id, "measurement"), Origins.of(ctx));
    }
}
