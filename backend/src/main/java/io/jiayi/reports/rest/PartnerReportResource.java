package io.jiayi.reports.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.security.Scope;
import io.jiayi.common.web.Audiences;
import io.jiayi.reports.rest.ReportModels.ReportPush;
import io.jiayi.reports.rest.ReportModels.ReportView;
import io.jiayi.reports.service.ReportPushes;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** A hospital's or lab's own system pushes the institution's reports as a partner app bound to it. */
@Path("/api/partner/v1/reports")
@RolesAllowed(Roles.PARTNER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.PARTNER)
public class PartnerReportResource {

    private final ReportPushes pushes;
    private final SecurityIdentity identity;
    /** The current request (a proxy), for the audit trail's origin. */
    private final RoutingContext request;

    public PartnerReportResource(ReportPushes pushes, SecurityIdentity identity, RoutingContext request) {
        this.pushes = pushes;
        this.identity = identity;
        this.request = request;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "partner", scopes = { "reports:push" })
    @Operation(operationId = "pushPartnerReport", summary = "Push a lab or exam report of the app's own institution",
            description = "The body and rules of POST /api/v1/institutions/{id}/reports, for the institution the app is "
                    + "bound to (an app with reports:push is always bound to one). Idempotent by senderReportId: the "
                    + "same content again answers 200 unchanged; other content is a new version. Needs the scope "
                    + "reports:push (SCOPE_MISSING otherwise). Each push is written to the audit trail with the app as "
                    + "actor. The Location is the report as the institution's staff read it.")
    @APIResponse(responseCode = "201", description = "A new report, version 1",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "A known report: unchanged (retry) or with a new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", ref = "ScopeMissing")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<ReportView>> pushPartnerReport(@NotNull @Valid ReportPush body) {
        Caller partner = Caller.of(identity).requireScope(Scope.REPORTS_PUSH);
        var institutionId = partner.institutionId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
        return pushes.push(partner, institutionId, body, Origins.of(request))
                .map(outcome -> outcome.created()
                        ? RestResponse.ResponseBuilder.<ReportView> created(URI.create(
                                "/api/v1/institutions/" + institutionId + "/reports/" + outcome.report().id()))
                                .entity(outcome.report()).build()
                        : RestResponse.ok(outcome.report()));
    }
}
