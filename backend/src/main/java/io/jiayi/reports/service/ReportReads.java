package io.jiayi.reports.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.audit.AuditLog;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.reports.ReportType;
import io.jiayi.reports.rest.ReportModels.ReportSummary;
import io.jiayi.reports.rest.ReportModels.ReportView;
import io.jiayi.reports.rest.ReportModels.VersionView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Reports as their readers read them: residents (their own and their members', released ones,
 * from every institution of the district), family doctors (their signed residents'), staff
 * (their institution's) and administrators. Every report answered - in full, in a list, its
 * versions - leaves one audit entry in the same transaction: action READ, LIST, READ_VERSIONS
 * or READ_DOCUMENT, resource type LAB_REPORT or EXAM_REPORT, the report's id. A report the
 * caller may not read is not found.
 */
@ApplicationScoped
public class ReportReads {

    private final ReportViews views;
    private final ReportAccess access;
    private final PatientAccess patientAccess;
    private final AuditLog auditLog;

    public ReportReads(ReportViews views, ReportAccess access, PatientAccess patientAccess, AuditLog auditLog) {
        this.views = views;
        this.access = access;
        this.patientAccess = patientAccess;
        this.auditLog = auditLog;
    }

    public static String resourceType(ReportType type) {
        return type.name() + "_REPORT";
    }

    /** The resident's reports, or one patient's of those they may act for. */
    @WithTransaction
    public Uni<PageResponse<ReportSummary>> ofResident(Caller caller, UUID patientId, ReportFilter filter,
            PageRequest page, AuditLog.Origin origin) {
        UUID account = caller.accountId();
        Uni<List<UUID>> patients = patientId == null ? access.patientsOf(account)
                : patientAccess.actFor(account, patientId).map(acting -> List.of(patientId));
        return patients.flatMap(persons -> listed(caller,
                views.page(new ReportViews.Scope(persons, null, true), filter, page), origin));
    }

    /** A signed resident's reports, as their family doctor reads them. */
    @WithTransaction
    public Uni<PageResponse<ReportSummary>> ofSignedResident(Caller caller, UUID personId, ReportFilter filter,
            PageRequest page, AuditLog.Origin origin) {
        UUID doctorId = caller.doctorId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
        return access.signedWith(doctorId, personId).flatMap(signed -> {
            if (!signed) {
                return Uni.createFrom().failure(ProblemException.notFound("patient"));
            }
            return listed(caller, views.page(new ReportViews.Scope(List.of(personId), null, false), filter, page),
                    origin);
        });
    }

    /** An institution's reports, as its staff read them. */
    @WithTransaction
    public Uni<PageResponse<ReportSummary>> ofInstitution(Caller caller, UUID institutionId, UUID patientId,
            ReportFilter filter, PageRequest page, AuditLog.Origin origin) {
        if (!caller.mayManage(institutionId)) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.FORBIDDEN));
        }
        return listed(caller, views.page(new ReportViews.Scope(patientId == null ? null : List.of(patientId),
                institutionId, false), filter, page), origin);
    }

    /**
     * One report in full, for whoever may read it; with {@code institutionId}, only a report of
     * that institution (the staff's path).
     */
    @WithTransaction
    public Uni<ReportView> report(Caller caller, UUID reportId, UUID institutionId, AuditLog.Origin origin) {
        return readable(caller, reportId, institutionId)
                .flatMap(header -> views.report(reportId)
                        .flatMap(view -> audit(caller, header, "READ", origin).replaceWith(view)));
    }

    /** Every version of a report, newest first; residents see those from its release on. */
    @WithTransaction
    public Uni<List<VersionView>> versions(Caller caller, UUID reportId, AuditLog.Origin origin) {
        return readable(caller, reportId, null)
                .flatMap(header -> views.versions(header, caller.resident() && !caller.admin())
                        .flatMap(versions -> audit(caller, header, "READ_VERSIONS", origin).replaceWith(versions)));
    }

    /** The report's header when the caller may read it; else not found. Call inside a session. */
    public Uni<ReportViews.Header> readable(Caller caller, UUID reportId, UUID institutionId) {
        return views.header(reportId).flatMap(header -> {
            if (header == null || (institutionId != null && !institutionId.equals(header.institutionId()))) {
                return Uni.createFrom().failure(ProblemException.notFound("report"));
            }
            return access.mayRead(caller, header).map(may -> {
                if (!may) {
                    throw ProblemException.notFound("report");
                }
                return header;
            });
        });
    }

    public Uni<Void> audit(Caller caller, ReportViews.Header header, String action, AuditLog.Origin origin) {
        return auditLog.record(caller, header.personId(), action, resourceType(header.type()), header.id(), origin);
    }

    /** One LIST entry per report on the page, so the trail says whose reports were shown. */
    private Uni<PageResponse<ReportSummary>> listed(Caller caller, Uni<PageResponse<ReportSummary>> page,
            AuditLog.Origin origin) {
        return page.call(found -> auditLog.recordAll(caller, "LIST", found.items().stream()
                .map(report -> new AuditLog.Subject(UUID.fromString(report.patientId()), resourceType(report.type()),
                        UUID.fromString(report.id())))
                .toList(), origin));
    }
}
