package io.jiayi.reports.rest;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.reports.ReportStatus;
import io.jiayi.reports.ReportType;
import io.jiayi.reports.rest.ReportModels.ReportPush;
import io.jiayi.reports.rest.ReportModels.ReportSummary;
import io.jiayi.reports.rest.ReportModels.ReportView;
import io.jiayi.reports.service.ReportPushes;
import io.jiayi.reports.service.ReportReads;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** An institution's reports: pushed by it (its staff here; its systems through the partner API), read by its staff. */
@Path("/api/v1/institutions/{id}/reports")
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
public class InstitutionReportResource {

    private final ReportPushes pushes;
    private final ReportReads reads;
    private final SecurityIdentity identity;
    /** The current request (a proxy), for the audit trail's origin. */
    private final RoutingContext request;

    public InstitutionReportResource(ReportPushes pushes, ReportReads reads, SecurityIdentity identity, RoutingContext request) {
        this.request = request;
        this.pushes = pushes;
        this.reads = reads;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pushReport", summary = "Push a lab or exam report of the institution (hospital or lab system)",
            description = "Staff of the institution (and administrators) push here; hospital and lab systems push the same "
                    + "body through the partner API (POST /api/partner/v1/reports, scope reports:push). "
                    + "Idempotent by senderReportId: the same content again answers 200 with the report unchanged (also "
                    + "the content of an earlier version: a late retry); other content is recorded as a new version "
                    + "(an amendment), all earlier versions kept. The patient is found by ID number among the service's "
                    + "residents and their family members. Residents are notified when the report is first FINAL, and "
                    + "when it is amended or withdrawn after that; WITHDRAWN hides the content from every reader and is "
                    + "final. A document (PDF, PNG, JPEG) is uploaded apart: PUT /api/v1/reports/{id}/document.")
    @APIResponse(responseCode = "201", description = "A new report, version 1",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "A known report: unchanged (retry) or with a new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<ReportView>> pushReport(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid ReportPush body) {
        var institutionId = Ids.required(id, "institution");
        return pushes.push(Caller.of(identity), institutionId, body, Origins.of(request))
                .map(outcome -> outcome.created()
                        ? RestResponse.ResponseBuilder.<ReportView> created(URI.create(
                                "/api/v1/institutions/" + institutionId + "/reports/" + outcome.report().id()))
                                .entity(outcome.report()).build()
                        : RestResponse.ok(outcome.report()));
    }

    @GET
    @Operation(operationId = "listInstitutionReports", summary = "The institution's reports, newest first",
            description = "Dates are calendar days (Asia/Shanghai) of the report time, both inclusive. Each report "
                    + "listed is written to the audit trail.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PageResponse<ReportSummary>> listInstitutionReports(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @QueryParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ReportType.class)) String type,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReportStatus.class)) String status,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging paging) {
        return reads.ofInstitution(Caller.of(identity), Ids.required(id, "institution"),
                Ids.filter("patientId", patientId), ReportFilters.of(type, null, status, from, to), paging.request(),
                Origins.of(request));
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getInstitutionReport", summary = "One of the institution's reports, current version")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ReportView> getInstitutionReport(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @PathParam("reportId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String reportId) {
        return reads.report(Caller.of(identity), Ids.required(reportId, "report"), Ids.required(id, "report"),
                Origins.of(request));
    }
}
