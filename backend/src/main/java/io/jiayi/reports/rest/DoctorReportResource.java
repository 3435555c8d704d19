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

/** A family doctor reads the reports of residents with an ACTIVE signing with them. */
@Path("/api/v1/doctors/me")
@RolesAllowed(Roles.DOCTOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.DOCTOR)
@SecurityRequirement(name = "bearer", scopes = { Roles.DOCTOR })
public class DoctorReportResource {

    private final ReportReads reads;
    private final SecurityIdentity identity;
    /** The current request (a proxy), for the audit trail's origin. */
    private final RoutingContext request;

    public DoctorReportResource(ReportReads reads, SecurityIdentity identity, RoutingContext request) {
        this.request = request;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Path("/residents/{patientId}/reports")
    @Operation(operationId = "listSignedResidentReports", summary = "A signed resident's reports from every institution, newest first",
            description = "Only for a resident with an ACTIVE signing with the doctor; anyone else is not found. "
                    + "Includes preliminary reports. Dates are calendar days (Asia/Shanghai), both inclusive. Each "
                    + "report listed is written to the audit trail.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PageResponse<ReportSummary>> listSignedResidentReports(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ReportType.class)) String type,
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging paging) {
        return reads.ofSignedResident(Caller.of(identity), Ids.required(patientId, "patient"),
                ReportFilters.of(type, institutionId, null, from, to), paging.request(), Origins.of(request));
    }

    @GET
    @Path("/reports/{id}")
    @Operation(operationId = "getSignedResidentReport", summary = "One report of a signed resident, current version")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ReportView> getSignedResidentReport(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return reads.report(Caller.of(identity), Ids.required(id, "report"), null, Origins.of(request));
    }
}
