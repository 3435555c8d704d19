package io.jiayi.reports.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.directory.rest.Refs;
import io.jiayi.reports.AbnormalFlag;
import io.jiayi.reports.Modality;
import io.jiayi.reports.ReportStatus;
import io.jiayi.reports.ReportType;
import io.jiayi.reports.rest.ReportModels.DocumentView;
import io.jiayi.reports.rest.ReportModels.ExamContent;
import io.jiayi.reports.rest.ReportModels.LabContent;
import io.jiayi.reports.rest.ReportModels.LabItem;
import io.jiayi.reports.rest.ReportModels.OrderingDoctor;
import io.jiayi.reports.rest.ReportModels.Panel;
import io.jiayi.reports.rest.ReportModels.ReportSummary;
import io.jiayi.reports.rest.ReportModels.ReportView;
import io.jiayi.reports.rest.ReportModels.VersionView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reads reports as their readers see them: the current version with its items, the versions,
 * pages of summaries. A WITHDRAWN report shows its status and identity only. Never loads a
 * document's content. Call inside a session; access is the caller's business.
 */
@ApplicationScoped
public class ReportViews {

    /** What access checks need of a report. */
    public record Header(UUID id, UUID personId, UUID institutionId, ReportType type, ReportStatus status,
            boolean released) {

        public boolean withdrawn() {
            return status == ReportStatus.WITHDRAWN;
        }
    }

    /** Whose reports a list may show: some persons, one institution's, only released ones. */
    public record Scope(List<UUID> persons, UUID institutionId, boolean releasedOnly) {
    }

    private static final String VERSION_COLUMNS = """
            v.ordering_doctor_name, v.ordering_doctor_id, v.collected_at, v.received_at, v.reported_at, v.specimen,
            v.panel_code, v.panel_name, v.modality, v.body_part, v.findings, v.conclusion""";

    public Uni<Header> header(UUID reportId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id, person_id, institution_id, type, status, released_at IS NOT NULL FROM report WHERE id = :id""",
                Object[].class).setParameter("id", reportId).getResultList())
                .map(rows -> rows.isEmpty() ? null : header(rows.get(0)));
    }

    static Header header(Object[] row) {
        return new Header(SqlValues.uuid(row[0]), SqlValues.uuid(row[1]), SqlValues.uuid(row[2]), ReportType.valueOf((String) row[3]),
                ReportStatus.valueOf((String) row[4]), Boolean.TRUE.equals(row[5]));
    }

    /** The report's current version, or null when there is no such report. */
    public Uni<ReportView> report(UUID reportId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT r.id, r.sender_report_id, r.type, r.status, r.version, r.person_id, p.name, i.id, i.code, i.name,
                       r.title, r.abnormal_items, r.released_at, r.updated_at,
                """ + VERSION_COLUMNS + """
                , d.media_type, d.size_bytes, d.sha256, d.uploaded_at
                FROM report r JOIN person p ON p.id = r.person_id JOIN institution i ON i.id = r.institution_id
                JOIN report_version v ON v.report_id = r.id AND v.version = r.version
                LEFT JOIN report_document d ON d.report_id = r.id
                WHERE r.id = :id""", Object[].class).setParameter("id", reportId).getResultList()
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Object[] row = rows.get(0);
                    ReportType type = ReportType.valueOf((String) row[2]);
                    ReportStatus status = ReportStatus.valueOf((String) row[3]);
                    int version = SqlValues.integer(row[4]);
                    boolean withdrawn = status == ReportStatus.WITHDRAWN;
                    Uni<Map<Integer, List<LabItem>>> items = type == ReportType.LAB && !withdrawn
                            ? items(reportId, version)
                            : Uni.createFrom().item(Map.of());
                    return items.map(byVersion -> {
                        Content content = content(type, row, 14, byVersion.getOrDefault(version, List.of()));
                        DocumentView document = row[26] == null || withdrawn ? null
                                : new DocumentView((String) row[26], ((Number) row[27]).longValue(), (String) row[28],
                                        SqlValues.offsetDateTime(row[29]));
                        return new ReportView(row[0].toString(), (String) row[1], type, status, version,
                                row[5].toString(), (String) row[6],
                                new Refs.InstitutionRef(row[7].toString(), (String) row[8], (String) row[9]),
                                withdrawn ? null : (String) row[10], content.doctor(),
                                content.collectedAt(), content.receivedAt(), content.reportedAt(),
                                withdrawn ? null : SqlValues.integer(row[11]),
                                withdrawn ? null : content.lab(), withdrawn ? null : content.exam(), document,
                                SqlValues.offsetDateTime(row[12]), SqlValues.offsetDateTime(row[13]));
                    });
                }));
    }

    /** Every version, newest first; without content once the report is withdrawn. */
    public Uni<List<VersionView>> versions(Header header, boolean releasedOnly) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("SELECT v.version, v.status, v.pushed_at, "
                + VERSION_COLUMNS + " FROM report_version v WHERE v.report_id = :id ORDER BY v.version DESC",
                Object[].class).setParameter("id", header.id()).getResultList())
                .flatMap(rows -> (header.type() == ReportType.LAB && !header.withdrawn()
                        ? items(header.id(), null)
                        : Uni.createFrom().item(Map.<Integer, List<LabItem>> of())).map(items -> {
                            List<VersionView> versions = new ArrayList<>();
                            for (Object[] row : rows) {
                                int version = SqlValues.integer(row[0]);
                                ReportStatus status = ReportStatus.valueOf((String) row[1]);
                                if (releasedOnly && status == ReportStatus.PRELIMINARY) {
                                    continue;
                                }
                                Content content = content(header.type(), row, 3, items.getOrDefault(version, List.of()));
                                boolean hide = header.withdrawn();
                                versions.add(new VersionView(version, status, SqlValues.offsetDateTime(row[2]), content.doctor(),
                                        content.collectedAt(), content.receivedAt(), content.reportedAt(),
                                        hide ? null : content.lab(), hide ? null : content.exam()));
                            }
                            return versions;
                        }));
    }

    /** One page of summaries within the scope, newest report first. */
    public Uni<PageResponse<ReportSummary>> page(Scope scope, ReportFilter filter, PageRequest page) {
        if (scope.persons() != null && scope.persons().isEmpty()) {
            return Uni.createFrom().item(new PageResponse<>(List.of(), page.page(), page.size(), 0));
        }
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> parameters = new HashMap<>();
        if (scope.persons() != null) {
            where.append(" AND r.person_id IN (:persons)");
            parameters.put("persons", scope.persons());
        }
        if (scope.institutionId() != null) {
            where.append(" AND r.institution_id = :scopeInstitution");
            parameters.put("scopeInstitution", scope.institutionId());
        }
        if (scope.releasedOnly()) {
            where.append(" AND r.released_at IS NOT NULL");
        }
        if (filter.type() != null) {
            where.append(" AND r.type = :type");
            parameters.put("type", filter.type().name());
        }
        if (filter.institutionId() != null) {
            where.append(" AND r.institution_id = :institution");
            parameters.put("institution", filter.institutionId());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND r.reported_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND r.reported_at < :to");
            parameters.put("to", filter.to());
        }
        return Panache.getSession().flatMap(session -> {
            var rows = session.createNativeQuery("""
                    SELECT r.id, r.type, r.status, r.version, r.person_id, p.name, i.id, i.code, i.name, r.title,
                           r.reported_at, r.abnormal_items, d.report_id IS NOT NULL
                    FROM report r JOIN person p ON p.id = r.person_id JOIN institution i ON i.id = r.institution_id
                    LEFT JOIN report_document d ON d.report_id = r.id""" + where
                    + " ORDER BY r.reported_at DESC, r.id LIMIT :limit OFFSET :offset", Object[].class)
                    .setParameter("limit", page.size()).setParameter("offset", page.page() * page.size());
            var count = session.createNativeQuery("SELECT count(*) FROM report r" + where, Long.class);
            parameters.forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            return rows.getResultList().flatMap(found -> count.getSingleResult()
                    .map(total -> PageResponse.of(found, page, total, ReportViews::summary)));
        });
    }

    private static ReportSummary summary(Object[] row) {
        ReportStatus status = ReportStatus.valueOf((String) row[2]);
        boolean withdrawn = status == ReportStatus.WITHDRAWN;
        return new ReportSummary(row[0].toString(), ReportType.valueOf((String) row[1]), status, SqlValues.integer(row[3]),
                row[4].toString(), (String) row[5],
                new Refs.InstitutionRef(row[6].toString(), (String) row[7], (String) row[8]),
                withdrawn ? null : (String) row[9], SqlValues.offsetDateTime(row[10]), withdrawn ? null : SqlValues.integer(row[11]),
                !withdrawn && Boolean.TRUE.equals(row[12]));
    }

    private record Content(OrderingDoctor doctor, java.time.OffsetDateTime collectedAt,
            java.time.OffsetDateTime receivedAt, java.time.OffsetDateTime reportedAt, LabContent lab, ExamContent exam) {
    }

    /** The content of a version from its columns ({@link #VERSION_COLUMNS}, from {@code at}). */
    private static Content content(ReportType type, Object[] row, int at, List<LabItem> items) {
        OrderingDoctor doctor = new OrderingDoctor((String) row[at], SqlValues.text(row[at + 1]));
        LabContent lab = null;
        ExamContent exam = null;
        if (type == ReportType.LAB && row[at + 6] != null) {
            lab = new LabContent(new Panel((String) row[at + 6], (String) row[at + 7]), (String) row[at + 5], items);
        } else if (type == ReportType.EXAM && row[at + 8] != null) {
            exam = new ExamContent(Modality.valueOf((String) row[at + 8]), (String) row[at + 9], (String) row[at + 10],
                    (String) row[at + 11]);
        }
        return new Content(doctor, SqlValues.offsetDateTime(row[at + 2]), SqlValues.offsetDateTime(row[at + 3]), SqlValues.offsetDateTime(row[at + 4]), lab,
                exam);
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = ((BigDecimal) value).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** Lab items by version: of one version, or of all when {@code version} is null. */
    private Uni<Map<Integer, List<LabItem>>> items(UUID reportId, Integer version) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT version, code, name, value_text, value_numeric, unit, reference_range, flag FROM report_lab_item
                WHERE report_id = :id AND (CAST(:version AS integer) IS NULL OR version = :version)
                ORDER BY version, position""", Object[].class)
                .setParameter("id", reportId).setParameter("version", version).getResultList())
                .map(rows -> {
                    Map<Integer, List<LabItem>> byVersion = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        byVersion.computeIfAbsent(SqlValues.integer(row[0]), v -> new ArrayList<>())
                                .add(new LabItem((String) row[1], (String) row[2], (String) row[3],
                                        number(row[4]),
                                        (String) row[5], (String) row[6],
                                        row[7] == null ? null : AbnormalFlag.valueOf((String) row[7])));
                    }
                    return byVersion;
                });
    }
}
