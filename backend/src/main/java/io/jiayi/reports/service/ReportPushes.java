package io.jiayi.reports.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.audit.AuditLog;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Scope;
import io.jiayi.common.web.Ids;
import io.jiayi.identity.realname.ChineseIdNumber;
import io.jiayi.identity.realname.Person;
import io.jiayi.identity.realname.RealNames;
import io.jiayi.reports.ReportStatus;
import io.jiayi.reports.ReportType;
import io.jiayi.reports.ReportsConfig;
import io.jiayi.reports.StatusPolicy;
import io.jiayi.reports.rest.ReportModels.LabItem;
import io.jiayi.reports.rest.ReportModels.ReportPush;
import io.jiayi.reports.rest.ReportModels.ReportView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Reports pushed by an institution: through its staff accounts, or by its own systems as a
 * partner app bound to it with the scope {@code reports:push}. A push is idempotent by the sender's report id: the same
 * content again (or that of an earlier version, a late retry) changes nothing; other content
 * is a new version, the earlier ones kept. The patient is found by ID number; residents are
 * told when a report is first released (FINAL), amended or withdrawn.
 */
@ApplicationScoped
public class ReportPushes {

    /** The report after the push, and whether the push created it. */
    public record Outcome(ReportView report, boolean created) {
    }

    /** The report as it stood before this push, locked. */
    private record Existing(UUID id, UUID personId, ReportType type, ReportStatus status, int version,
            boolean released, String title) {
    }

    private final RealNames realNames;
    private final ReportViews views;
    private final ReportNotices notices;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final ReportsConfig config;
    private final Clock clock;

    public ReportPushes(RealNames realNames, ReportViews views, ReportNotices notices, AuditLog auditLog,
            ObjectMapper json, ReportsConfig config, Clock clock) {
        this.realNames = realNames;
        this.views = views;
        this.notices = notices;
        this.auditLog = auditLog;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Outcome> push(Caller caller, UUID institutionId, ReportPush push, AuditLog.Origin origin) {
        if (!maySend(caller, institutionId)) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.FORBIDDEN));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        validate(push, now);
        ChineseIdNumber idNumber = realNames.parse(push.patientIdNumber(), "patientIdNumber");
        UUID doctorId = Ids.reference("orderingDoctor.doctorId", push.orderingDoctor().doctorId(), "doctor");
        String hash = contentHash(push);
        return institutionName(institutionId)
                .flatMap(institutionName -> patient(idNumber, push.patientName())
                        .flatMap(person -> requireDoctor(doctorId)
                                .flatMap(ignored -> insertIfNew(institutionId, push, person, now))
                                .flatMap(created -> created != null
                                        ? firstVersion(caller, created, push, person, institutionName, hash, now, origin)
                                        : nextVersion(caller, institutionId, push, person, institutionName, hash, now,
                                                origin))));
    }

    /** The institution's staff, administrators, and a partner app bound to the institution with {@code reports:push}. */
    private static boolean maySend(Caller caller, UUID institutionId) {
        return caller.mayManage(institutionId) || (caller.hasScope(Scope.REPORTS_PUSH)
                && caller.institutionId().filter(institutionId::equals).isPresent());
    }

    private Uni<Outcome> firstVersion(Caller caller, UUID reportId, ReportPush push, Person person,
            String institutionName, String hash, OffsetDateTime now, AuditLog.Origin origin) {
        if (!hasContent(push)) {
            return Uni.createFrom().failure(contentMissing(push.type()));
        }
        return insertVersion(reportId, 1, push, hash, caller, now)
                .flatMap(ignored -> push.status().released()
                        ? notices.notify(ReportNotices.Kind.REPORT_READY, new ReportNotices.Subject(person.id,
                                person.name, push.type(), title(push), institutionName), now)
                        : Uni.createFrom().voidItem())
                .flatMap(ignored -> audit(caller, person.id, push.type(), reportId, origin))
                .flatMap(ignored -> views.report(reportId))
                .map(view -> new Outcome(view, true));
    }

    private Uni<Outcome> nextVersion(Caller caller, UUID institutionId, ReportPush push, Person person,
            String institutionName, String hash, OffsetDateTime now, AuditLog.Origin origin) {
        return locked(institutionId, push.senderReportId()).flatMap(existing -> {
            if (!existing.personId().equals(person.id) || existing.type() != push.type()) {
                return Uni.createFrom().failure(new ProblemException(ProblemCode.REPORT_IDENTITY_CHANGED));
            }
            return receivedBefore(existing.id(), hash).flatMap(seen -> {
                if (seen) {
                    // A retry, or a late retry of an earlier version: nothing changes.
                    return views.report(existing.id()).map(view -> new Outcome(view, false));
                }
                var refusal = StatusPolicy.check(existing.status(), existing.released(), push.status());
                if (refusal.isPresent()) {
                    return Uni.createFrom().failure(new ProblemException(
                            refusal.get() == StatusPolicy.Rejection.WITHDRAWN ? ProblemCode.REPORT_WITHDRAWN
                                    : ProblemCode.REPORT_ALREADY_RELEASED));
                }
                int version = existing.version() + 1;
                ReportNotices.Kind kind = noticeOf(existing.released(), push.status());
                String title = hasContent(push) ? title(push) : existing.title();
                return insertVersion(existing.id(), version, push, hash, caller, now)
                        .flatMap(ignored -> updateReport(existing.id(), version, push, now))
                        .flatMap(ignored -> kind == null ? Uni.createFrom().voidItem()
                                : notices.notify(kind, new ReportNotices.Subject(person.id, person.name, push.type(),
                                        title, institutionName), now))
                        .flatMap(ignored -> audit(caller, person.id, push.type(), existing.id(), origin))
                        .flatMap(ignored -> views.report(existing.id()))
                        .map(view -> new Outcome(view, false));
            });
        });
    }

    /** What residents are told of a new version, if anything. */
    static ReportNotices.Kind noticeOf(boolean wasReleased, ReportStatus next) {
        if (next.released()) {
            return wasReleased ? ReportNotices.Kind.REPORT_AMENDED : ReportNotices.Kind.REPORT_READY;
        }
        if (wasReleased && next == ReportStatus.WITHDRAWN) {
            return ReportNotices.Kind.REPORT_WITHDRAWN;
        }
        return null;
    }

    private void validate(ReportPush push, OffsetDateTime now) {
        boolean lab = push.type() == ReportType.LAB;
        if (lab ? push.exam() != null : push.lab() != null) {
            throw ProblemException.invalidField(lab ? "exam" : "lab", "field.report.otherTypeContent");
        }
        if (!hasContent(push) && push.status() != ReportStatus.WITHDRAWN) {
            throw contentMissing(push.type());
        }
        if (push.collectedAt() != null && push.receivedAt() != null && push.receivedAt().isBefore(push.collectedAt())) {
            throw ProblemException.invalidField("receivedAt", "field.report.timesOrder");
        }
        OffsetDateTime before = push.receivedAt() != null ? push.receivedAt() : push.collectedAt();
        if (before != null && push.reportedAt().isBefore(before)) {
            throw ProblemException.invalidField("reportedAt", "field.report.timesOrder");
        }
        if (push.reportedAt().isAfter(now.plus(config.clockTolerance()))) {
            throw ProblemException.invalidField("reportedAt", "field.report.future");
        }
        if (lab && push.lab() != null) {
            Set<String> codes = new HashSet<>();
            for (LabItem item : push.lab().items()) {
                if (!codes.add(item.code())) {
                    throw ProblemException.invalidField("lab.items", "field.report.duplicateItemCode");
                }
            }
        }
    }

    private static boolean hasContent(ReportPush push) {
        return push.type() == ReportType.LAB ? push.lab() != null : push.exam() != null;
    }

    private static ProblemException contentMissing(ReportType type) {
        return type == ReportType.LAB ? ProblemException.invalidField("lab", "field.report.labRequired")
                : ProblemException.invalidField("exam", "field.report.examRequired");
    }

    static String title(ReportPush push) {
        return push.type() == ReportType.LAB ? push.lab().panel().name()
                : push.exam().modality().label() + " " + push.exam().bodyPart();
    }

    static int abnormalItems(ReportPush push) {
        if (push.lab() == null) {
            return 0;
        }
        return (int) push.lab().items().stream().filter(item -> item.flag() != null && item.flag().abnormal()).count();
    }

    /**
     * SHA-256 of the content in a canonical form: times as UTC instants, the patient's ID number
     * and name left out (they are checked, not compared, and no hash of an ID number is kept).
     */
    String contentHash(ReportPush push) {
        ReportPush canonical = new ReportPush(push.senderReportId(), push.type(), push.status(), null, null,
                push.orderingDoctor(), utc(push.collectedAt()), utc(push.receivedAt()), utc(push.reportedAt()),
                push.lab(), push.exam());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private Uni<String> institutionName(UUID institutionId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT name FROM institution WHERE id = :id", String.class).setParameter("id", institutionId)
                .getResultList())
                .map(names -> {
                    if (names.isEmpty()) {
                        throw ProblemException.notFound("institution");
                    }
                    return names.get(0);
                });
    }

    private Uni<Person> patient(ChineseIdNumber idNumber, String name) {
        return realNames.find(idNumber).map(person -> {
            if (person == null) {
                throw ProblemException.invalidField(ProblemCode.UNKNOWN_PATIENT_ID_NUMBER, "patientIdNumber",
                        "field.report.unknownPatient");
            }
            if (name != null && !name.isBlank() && !person.name.equals(name.trim())) {
                throw new ProblemException(ProblemCode.REAL_NAME_MISMATCH);
            }
            return person;
        });
    }

    private Uni<Void> requireDoctor(UUID doctorId) {
        if (doctorId == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT count(*) FROM doctor WHERE id = :id", Long.class).setParameter("id", doctorId).getSingleResult())
                .invoke(count -> {
                    if (count == 0) {
                        throw Ids.unknownReference("orderingDoctor.doctorId", "doctor");
                    }
                })
                .replaceWithVoid();
    }

    /** Creates the report if the sender's id is new; its id, or null when it already existed. */
    private Uni<UUID> insertIfNew(UUID institutionId, ReportPush push, Person person, OffsetDateTime now) {
        if (!hasContent(push)) {
            // A withdrawal without content names a report that must exist already.
            return Uni.createFrom().nullItem();
        }
        UUID id = UUID.randomUUID();
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO report (id, institution_id, sender_report_id, person_id, type, status, version, title,
                                    reported_at, abnormal_items, released_at, created_at, updated_at)
                VALUES (:id, :institution, :sender, :person, :type, :status, 1, :title, :reportedAt, :abnormal,
                        :releasedAt, :now, :now)
                ON CONFLICT (institution_id, sender_report_id) DO NOTHING""")
                .setParameter("id", id).setParameter("institution", institutionId)
                .setParameter("sender", push.senderReportId()).setParameter("person", person.id)
                .setParameter("type", push.type().name()).setParameter("status", push.status().name())
                .setParameter("title", title(push)).setParameter("reportedAt", push.reportedAt())
                .setParameter("abnormal", abnormalItems(push))
                .setParameter("releasedAt", push.status().released() ? now : null).setParameter("now", now)
                .executeUpdate())
                .map(inserted -> inserted == 1 ? id : null);
    }

    private Uni<Existing> locked(UUID institutionId, String senderReportId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id, person_id, type, status, version, released_at IS NOT NULL, title FROM report
                WHERE institution_id = :institution AND sender_report_id = :sender FOR UPDATE""", Object[].class)
                .setParameter("institution", institutionId).setParameter("sender", senderReportId).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        // Only a withdrawal without content gets here for an unknown id.
                        throw ProblemException.notFound("report");
                    }
                    Object[] row = rows.get(0);
                    return new Existing(SqlValues.uuid(row[0]), SqlValues.uuid(row[1]), ReportType.valueOf((String) row[2]),
                            ReportStatus.valueOf((String) row[3]), SqlValues.integer(row[4]), Boolean.TRUE.equals(row[5]),
                            (String) row[6]);
                });
    }

    private Uni<Boolean> receivedBefore(UUID reportId, String hash) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT count(*) FROM report_version WHERE report_id = :id AND content_hash = :hash", Long.class)
                .setParameter("id", reportId).setParameter("hash", hash).getSingleResult())
                .map(count -> count > 0);
    }

    private Uni<Void> insertVersion(UUID reportId, int version, ReportPush push, String hash, Caller caller,
            OffsetDateTime now) {
        var lab = push.lab();
        var exam = push.exam();
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO report_version (report_id, version, status, content_hash, ordering_doctor_name,
                    ordering_doctor_id, collected_at, received_at, reported_at, specimen, panel_code, panel_name,
                    modality, body_part, findings, conclusion, pushed_at, pushed_by)
                VALUES (:report, :version, :status, :hash, :doctorName, :doctorId, :collectedAt, :receivedAt,
                    :reportedAt, :specimen, :panelCode, :panelName, :modality, :bodyPart, :findings, :conclusion,
                    :now, :by)""")
                .setParameter("report", reportId).setParameter("version", version)
                .setParameter("status", push.status().name()).setParameter("hash", hash)
                .setParameter("doctorName", push.orderingDoctor().name())
                .setParameter("doctorId", Ids.parse(push.orderingDoctor().doctorId()).orElse(null))
                .setParameter("collectedAt", push.collectedAt()).setParameter("receivedAt", push.receivedAt())
                .setParameter("reportedAt", push.reportedAt())
                .setParameter("specimen", lab == null ? null : lab.specimen())
                .setParameter("panelCode", lab == null ? null : lab.panel().code())
                .setParameter("panelName", lab == null ? null : lab.panel().name())
                .setParameter("modality", exam == null ? null : exam.modality().name())
                .setParameter("bodyPart", exam == null ? null : exam.bodyPart())
                .setParameter("findings", exam == null ? null : exam.findings())
                .setParameter("conclusion", exam == null ? null : exam.conclusion())
                .setParameter("now", now).setParameter("by", caller.accountId())
                .executeUpdate())
                .flatMap(ignored -> lab == null || push.type() != ReportType.LAB ? Uni.createFrom().voidItem()
                        : insertItems(reportId, version, lab.items()));
    }

    private Uni<Void> insertItems(UUID reportId, int version, List<LabItem> items) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO report_lab_item (report_id, version, position, code, name, value_text, value_numeric, unit,
                                             reference_range, flag) VALUES """);
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:report, :version, ").append(i).append(", :code").append(i)
                    .append(", :name").append(i).append(", :value").append(i).append(", CAST(:numeric").append(i)
                    .append(" AS numeric), :unit").append(i).append(", :range").append(i).append(", :flag").append(i)
                    .append(')');
        }
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery(sql.toString()).setParameter("report", reportId)
                    .setParameter("version", version);
            for (int i = 0; i < items.size(); i++) {
                LabItem item = items.get(i);
                insert.setParameter("code" + i, item.code()).setParameter("name" + i, item.name())
                        .setParameter("value" + i, item.value())
                        .setParameter("numeric" + i, item.numericValue())
                        .setParameter("unit" + i, item.unit()).setParameter("range" + i, item.referenceRange())
                        .setParameter("flag" + i, item.flag() == null ? null : item.flag().name());
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    private Uni<Void> updateReport(UUID reportId, int version, ReportPush push, OffsetDateTime now) {
        boolean content = hasContent(push);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE report SET status = :status, version = :version, title = COALESCE(:title, title),
                       reported_at = :reportedAt, abnormal_items = COALESCE(:abnormal, abnormal_items),
                       released_at = COALESCE(released_at, :releasedAt), updated_at = :now
                WHERE id = :id""")
                .setParameter("status", push.status().name()).setParameter("version", version)
                .setParameter("title", content ? title(push) : null).setParameter("reportedAt", push.reportedAt())
                .setParameter("abnormal", content ? abnormalItems(push) : null)
                .setParameter("releasedAt", push.status().released() ? now : null).setParameter("now", now)
                .setParameter("id", reportId).executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Void> audit(Caller caller, UUID personId, ReportType type, UUID reportId, AuditLog.Origin origin) {
        return auditLog.record(caller, personId, "PUSH", ReportReads.resourceType(type), reportId, origin);
    }
}
