package io.jiayi.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import io.jiayi.reports.ReportType;
import io.jiayi.reports.rest.ReportModels.ReportSummary;
import io.jiayi.reports.rest.ReportModels.ReportView;
import io.jiayi.reports.service.ReportReads;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** 报告查询: the resident's reports and those of the members they manage, from any institution of the district. */
@Path("/api/v1/me/reports")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MyReportResource {

    private final ReportReads reads;
    private final SecurityIdentity identity;
    /** The current request (a proxy), for the audit trail's origin. */
    private final RoutingContext request;

    public MyReportResource(ReportReads reads, SecurityIdentity identity, RoutingContext request) {
        this.request = request;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyReports", summary = "Lab and exam reports of the resident and their active members, newest first",
            description = "Reports of every institution of the district (mutual recognition), once released (FINAL). "
                    + "Without patientId, all patients the resident may act for. Dates are calendar days "
                    + "(Asia/Shanghai) of the report time, both inclusive. Each report listed is written to the audit trail.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PageResponse<ReportSummary>> listMyReports(
            @QueryParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ReportType.class)) String type,
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging paging) {
        return reads.ofResident(Caller.of(identity), Ids.filter("patientId", patientId),
                ReportFilters.of(type, institutionId, null, from, to), paging.request(), Origins.of(request));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyReport", summary = "One report of the resident or a member, current version")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ReportView> getMyReport(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return reads.report(Caller.of(identity), Ids.required(id, "report"), null, Origins.of(request));
    }
}
