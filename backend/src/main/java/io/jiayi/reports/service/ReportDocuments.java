package io.jiayi.reports.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.audit.AuditLog;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.reports.DocumentType;
import io.jiayi.reports.ReportsConfig;
import io.jiayi.reports.rest.ReportModels.DocumentView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A report's document (PDF, PNG or JPEG), stored in PostgreSQL apart from the report: the
 * sending institution uploads (or replaces) it, whoever may read the report downloads it. The
 * declared type must agree with the content's first bytes.
 */
@ApplicationScoped
public class ReportDocuments {

    /** A document to send back as it was stored. */
    public record Download(UUID reportId, DocumentType type, String sha256, byte[] content) {

        public String fileName() {
            return "report-" + reportId + "." + type.extension();
        }
    }

    private final ReportViews views;
    private final ReportReads reads;
    private final AuditLog auditLog;
    private final ReportsConfig config;
    private final Clock clock;

    public ReportDocuments(ReportViews views, ReportReads reads, AuditLog auditLog, ReportsConfig config, Clock clock) {
        this.views = views;
        this.reads = reads;
        this.auditLog = auditLog;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<DocumentView> upload(Caller caller, UUID reportId, String contentType, byte[] content,
            AuditLog.Origin origin) {
        return views.header(reportId).flatMap(header -> {
            if (header == null || !caller.mayManage(header.institutionId())) {
                return Uni.createFrom().failure(ProblemException.notFound("report"));
            }
            if (header.withdrawn()) {
                return Uni.createFrom().failure(new ProblemException(ProblemCode.REPORT_WITHDRAWN));
            }
            DocumentType type = check(contentType, content);
            String sha256 = sha256(content);
            OffsetDateTime now = OffsetDateTime.now(clock);
            return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                    INSERT INTO report_document (report_id, media_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
                    VALUES (:report, :type, :size, :sha, :content, :now, :by)
                    ON CONFLICT (report_id) DO UPDATE SET media_type = EXCLUDED.media_type,
                        size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, content = EXCLUDED.content,
                        uploaded_at = EXCLUDED.uploaded_at, uploaded_by = EXCLUDED.uploaded_by""")
                    .setParameter("report", reportId).setParameter("type", type.mediaType())
                    .setParameter("size", content.length).setParameter("sha", sha256).setParameter("content", content)
                    .setParameter("now", now).setParameter("by", caller.accountId()).executeUpdate())
                    .flatMap(ignored -> auditLog.record(caller, header.personId(), "UPLOAD_DOCUMENT",
                            ReportReads.resourceType(header.type()), reportId, origin))
                    .map(ignored -> new DocumentView(type.mediaType(), content.length, sha256, now));
        });
    }

    /** The document, for whoever may read the report; none (or a withdrawn report's) is not found. */
    @WithTransaction
    public Uni<Download> download(Caller caller, UUID reportId, AuditLog.Origin origin) {
        return reads.readable(caller, reportId, null).flatMap(header -> {
            if (header.withdrawn()) {
                return Uni.createFrom().failure(ProblemException.notFound("reportDocument"));
            }
            return Panache.getSession().flatMap(session -> session.createNativeQuery(
                    "SELECT media_type, sha256, content FROM report_document WHERE report_id = :report", Object[].class)
                    .setParameter("report", reportId).getResultList())
                    .flatMap(rows -> {
                        if (rows.isEmpty()) {
                            return Uni.createFrom().failure(ProblemException.notFound("reportDocument"));
                        }
                        Object[] row = rows.get(0);
                        Download download = new Download(reportId,
                                DocumentType.ofMediaType((String) row[0]).orElseThrow(), (String) row[1],
                                SqlValues.bytes(row[2]));
                        return reads.audit(caller, header, "READ_DOCUMENT", origin).replaceWith(download);
                    });
        });
    }

    /** The document's type, when the declared one is allowed and the content is of that type. */
    DocumentType check(String contentType, byte[] content) {
        DocumentType type = DocumentType.ofMediaType(contentType).orElseThrow(
                () -> new ProblemException(ProblemCode.UNSUPPORTED_DOCUMENT_TYPE, DocumentType.allowed()));
        if (content == null || content.length == 0) {
            throw new ProblemException(ProblemCode.MISSING_BODY);
        }
        long max = config.documentMaxSize().asLongValue();
        if (content.length > max) {
            throw new ProblemException(ProblemCode.PAYLOAD_TOO_LARGE, Map.of("maxBytes", max),
                    max / (1024 * 1024) + " MiB");
        }
        if (!type.matches(content)) {
            throw new ProblemException(ProblemCode.DOCUMENT_CONTENT_MISMATCH, type.mediaType());
        }
        return type;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
