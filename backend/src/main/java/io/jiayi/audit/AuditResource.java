package io.jiayi.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

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

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Administrators read the audit trail; nobody can change it. */
@Path("/api/v1/audit-entries")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
public class AuditResource {

    @Schema(name = "AuditEntry", description = "One read (or other action) on a person's health data")
    public record AuditEntryView(@Schema(format = "uuid") String id, OffsetDateTime at,
            @Schema(format = "uuid") String actorAccountId, String actorRole,
            @Schema(format = "uuid") String actorInstitutionId, @Schema(format = "uuid") String subjectPersonId,
            String action, String resourceType, @Schema(format = "uuid") String resourceId, String address,
            String traceId) {
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit trail, newest first, filtered by subject, actor and time")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @WithSession
    public Uni<PageResponse<AuditEntryView>> listAuditEntries(
            @QueryParam("subjectPersonId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String subject,
            @QueryParam("actorAccountId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String actor,
            @QueryParam("from") @Parameter(description = "ISO-8601 instant with offset, inclusive") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant with offset, exclusive") String to,
            @BeanParam Paging paging) {
        UUID subjectId = Ids.filter("subjectPersonId", subject);
        UUID actorId = Ids.filter("actorAccountId", actor);
        OffsetDateTime since = time(from, "from");
        OffsetDateTime until = time(to, "to");
        PageRequest page = paging.request();
        String where = " " + """
                WHERE (CAST(:subject AS uuid) IS NULL OR subject_person_id = :subject)
                  AND (CAST(:actor AS uuid) IS NULL OR actor_account_id = :actor)
                  AND (CAST(:since AS timestamptz) IS NULL OR at >= :since)
                  AND (CAST(:until AS timestamptz) IS NULL OR at < :until)""";
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id, at, actor_account_id, actor_role, actor_institution_id, subject_person_id, action,
                       resource_type, resource_id, address, trace_id FROM audit_entry""" + where
                + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset", Object[].class)
                .setParameter("subject", subjectId).setParameter("actor", actorId).setParameter("since", since)
                .setParameter("until", until).setParameter("limit", page.size())
                .setParameter("offset", page.page() * page.size()).getResultList()
                .flatMap(rows -> session.createNativeQuery("SELECT count(*) FROM audit_entry" + where, Long.class)
                        .setParameter("subject", subjectId).setParameter("actor", actorId).setParameter("since", since)
                        .setParameter("until", until).getSingleResult()
                        .map(total -> PageResponse.of(rows, page, total, AuditResource::view))));
    }

    private static OffsetDateTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(io.jiayi.common.error.ProblemCode.INVALID_PARAMETER, field, value);
        }
    }

    private static AuditEntryView view(Object[] row) {
        return new AuditEntryView(row[0].toString(), SqlValues.offsetDateTime(row[1]), row[2].toString(), (String) row[3],
                row[4] == null ? null : row[4].toString(), row[5].toString(), (String) row[6], (String) row[7],
                row[8] == null ? null : row[8].toString(), (String) row[9], (String) row[10]);
    }
}
