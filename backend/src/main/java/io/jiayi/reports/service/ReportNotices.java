package io.jiayi.reports.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.Notifications;
import io.jiayi.reports.ReportType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Tells residents about their reports: the patient's own account and every account managing
 * them through an ACTIVE member link. Records only (delivery comes with the notification
 * channels). Call inside the push's transaction.
 */
@ApplicationScoped
public class ReportNotices {

    /** What happened to the report, as the notification's kind. */
    public enum Kind {
        REPORT_READY, REPORT_AMENDED, REPORT_WITHDRAWN
    }

    /** What a notification names: whose report, which, from where. */
    public record Subject(UUID personId, String patientName, ReportType type, String title, String institutionName) {
    }

    private final Notifications notifications;

    public ReportNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    public Uni<Void> notify(Kind kind, Subject subject, OffsetDateTime at) {
        String text = text(kind, subject);
        return recipients(subject.personId()).flatMap(accounts -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID account : accounts) {
                chain = chain.flatMap(ignored -> notifications.record(account, kind.name(), null, text, at));
            }
            return chain;
        });
    }

    private Uni<List<UUID>> recipients(UUID personId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id FROM resident_account WHERE person_id = :person
                UNION
                SELECT manager_id FROM managed_member WHERE person_id = :person AND status = 'ACTIVE'""", UUID.class)
                .setParameter("person", personId).getResultList());
    }

    static String text(Kind kind, Subject subject) {
        String what = subject.type() == ReportType.LAB ? "检验报告" : "检查报告";
        return switch (kind) {
            case REPORT_READY -> subject.patientName() + "的" + what + "「" + subject.title() + "」已出（"
                    + subject.institutionName() + "），请在“报告查询”中查看。";
            case REPORT_AMENDED -> subject.patientName() + "的" + what + "「" + subject.title() + "」已更正（"
                    + subject.institutionName() + "），请查看最新版本。";
            case REPORT_WITHDRAWN -> subject.patientName() + "的一份" + what + "已被" + subject.institutionName()
                    + "撤回，如有疑问请联系该机构。";
        };
    }
}
