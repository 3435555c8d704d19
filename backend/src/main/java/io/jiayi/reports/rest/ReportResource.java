package io.jiayi.reports.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.reports.rest.ReportModels.DocumentView;
import io.jiayi.reports.rest.ReportModels.VersionView;
import io.jiayi.reports.service.ReportDocuments;
import io.jiayi.reports.service.ReportReads;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** What every reader of a report may see of it besides its current version: versions and document. */
@Path("/api/v1/reports/{id}")
public class ReportResource {

    private static final String PDF = "application/pdf";
    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";

    private final ReportReads reads;
    private final ReportDocuments documents;
    private final SecurityIdentity identity;
    /** The current request (a proxy), for the audit trail's origin. */
    private final RoutingContext request;

    public ReportResource(ReportReads reads, ReportDocuments documents, SecurityIdentity identity, RoutingContext request) {
        this.request = request;
        this.reads = reads;
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "listReportVersions", summary = "Every version of a report, newest first",
            description = "For whoever may read the report: the patient and residents managing them (versions from "
                    + "its release on), the family doctor of an active signing, staff of the sending institution. "
                    + "Content is withheld once the report is WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<VersionView>> listReportVersions(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return reads.versions(Caller.of(identity), Ids.required(id, "report"), Origins.of(request));
    }

    @PUT
    @Path("/document")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "putReportDocument", summary = "Upload or replace the report's document (PDF, PNG or JPEG)",
            description = "Staff of the sending institution; the raw file is the body, its type the Content-Type. "
                    + "At most 5 MiB (jiayi.reports.document-max-size); the content must be of the declared type. "
                    + "Stored by the service with its SHA-256.")
    @RequestBody(required = true, content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<DocumentView> putReportDocument(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType, byte[] body) {
        return documents.upload(Caller.of(identity), Ids.required(id, "report"), contentType, body, Origins.of(request));
    }

    @GET
    @Path("/document")
    @Produces({ PDF, PNG, JPEG })
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "getReportDocument", summary = "Download the report's document",
            description = "For whoever may read the report; the Content-Type is the document's, ETag its SHA-256.")
    @APIResponse(responseCode = "200", description = "The document",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", ref = "NotFound")
    // A plain Response: with RestResponse<byte[]> the writer is chosen at build time and writes toString().
    public Uni<Response> getReportDocument(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return documents.download(Caller.of(identity), Ids.required(id, "report"), Origins.of(request))
                .map(download -> Response.ok(download.content(), download.type().mediaType())
                        .header(HttpHeaders.ETAG, "\"" + download.sha256() + "\"")
                        .header("Content-Disposition", "inline; filename=\"" + download.fileName() + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .build());
    }
}
