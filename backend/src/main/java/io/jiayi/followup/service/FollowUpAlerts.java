package io.jiayi.followup.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.audit.AuditLog;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.followup.AlertLevel;
import io.jiayi.followup.AlertRules;
import io.jiayi.followup.AlertStatus;
import io.jiayi.followup.FollowUpConfig;
import io.jiayi.followup.Reading;
import io.jiayi.followup.rest.FollowUpModels.AlertRef;
import io.jiayi.followup.rest.FollowUpModels.AlertView;
import io.jiayi.followup.rest.FollowUpModels.FindingView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Alerts for the family doctor: raised when readings meet the configured thresholds (one alert
 * per recording, URGENT if any finding is), listed urgent first, acknowledged with a note.
 */
@ApplicationScoped
public class FollowUpAlerts {

    static final String AUDIT_TYPE = "FOLLOW_UP_ALERT";

    private static final String VIEW = """
            SELECT a.id, a.person_id, p.name, a.level, a.status, e.origin, e.source, e.follow_up_id, e.id,
                   e.measured_at, a.raised_at, a.acknowledged_at, a.acknowledged_by, a.note
            FROM follow_up_alert a JOIN health_reading_event e ON e.id = a.event_id JOIN person p ON p.id = a.person_id
            """;

    private final CareTeam careTeam;
    private final FollowUpConfig config;
    private final AuditLog auditLog;
    private final Clock clock;

    public FollowUpAlerts(CareTeam careTeam, FollowUpConfig config, AuditLog auditLog, Clock clock) {
        this.careTeam = careTeam;
        this.config = config;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Raises an alert for the person's family doctor when the readings call for one; null when
     * they do not, or when the person has no family doctor to tell. Inside a transaction.
     */
    Uni<AlertRef> raise(UUID personId, UUID eventId, Map<Reading, BigDecimal> readings) {
        List<AlertRules.Finding> findings = AlertRules.evaluate(readings, config.alerts());
        if (findings.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        AlertLevel level = AlertRules.level(findings);
        UUID id = UUID.randomUUID();
        return careTeam.activeSigning(personId).flatMap(signing -> {
            if (signing == null) {
                return Uni.createFrom().nullItem();
            }
            return Panache.getSession().flatMap(session -> {
                Uni<Integer> chain = session.createNativeQuery("""
                        INSERT INTO follow_up_alert (id, person_id, doctor_id, event_id, level, status, raised_at)
                        VALUES (:id, :person, :doctor, :event, :level, 'OPEN', :now)""")
                        .setParameter("id", id).setParameter("person", personId)
                        .setParameter("doctor", signing.doctorId()).setParameter("event", eventId)
                        .setParameter("level", level.name()).setParameter("now", OffsetDateTime.now(clock))
                        .executeUpdate();
                for (AlertRules.Finding finding : findings) {
                    chain = chain.flatMap(ignored -> session.createNativeQuery("""
                            INSERT INTO follow_up_alert_finding (alert_id, reading, value, threshold, level)
                            VALUES (:alert, :reading, :value, :threshold, :level)""")
                            .setParameter("alert", id).setParameter("reading", finding.reading().name())
                            .setParameter("value", finding.value()).setParameter("threshold", finding.threshold())
                            .setParameter("level", finding.level().name()).executeUpdate());
                }
                return chain;
            }).map(done -> new AlertRef(id.toString(), level));
        });
    }

    /** The doctor's alerts, urgent first then newest; every alert read is audited. */
    @WithTransaction
    public Uni<PageResponse<AlertView>> ofDoctor(Caller caller, AlertStatus status, UUID personId, PageRequest page,
            AuditLog.Origin origin) {
        UUID doctorId = CareTeam.doctorOf(caller);
        String where = " " + """
                 WHERE a.doctor_id = :doctor AND a.status = :status
                  AND (CAST(:person AS uuid) IS NULL OR a.person_id = :person)""";
        AlertStatus wanted = status == null ? AlertStatus.OPEN : status;
        return Panache.getSession().flatMap(session -> session.createNativeQuery(VIEW + where
                + " ORDER BY CASE a.level WHEN 'URGENT' THEN 0 ELSE 1 END, a.raised_at DESC, a.id"
                + " LIMIT :limit OFFSET :offset", Object[].class)
                .setParameter("doctor", doctorId).setParameter("status", wanted.name()).setParameter("person", personId)
                .setParameter("limit", page.size()).setParameter("offset", page.page() * page.size()).getResultList()
                .flatMap(rows -> session.createNativeQuery("SELECT count(*) FROM follow_up_alert a" + where, Long.class)
                        .setParameter("doctor", doctorId).setParameter("status", wanted.name())
                        .setParameter("person", personId).getSingleResult()
                        .flatMap(total -> findings(rows.stream().map(r -> SqlValues.uuid(r[0])).toList())
                                .map(found -> PageResponse.of(rows, page, total, row -> view(row, found))))))
                .call(views -> audit(caller, views.items(), origin));
    }

    /** The doctor acknowledges an alert: who, when, and a note. */
    @WithTransaction
    public Uni<AlertView> acknowledge(Caller caller, UUID alertId, String note, AuditLog.Origin origin) {
        UUID doctorId = CareTeam.doctorOf(caller);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT status FROM follow_up_alert WHERE id = :id AND doctor_id = :doctor FOR UPDATE", String.class)
                .setParameter("id", alertId).setParameter("doctor", doctorId).getSingleResultOrNull()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("followUpAlert"))
                .invoke(status -> {
                    if (!AlertStatus.OPEN.name().equals(status)) {
                        throw new ProblemException(ProblemCode.FOLLOW_UP_ALERT_ALREADY_ACKNOWLEDGED);
                    }
                })
                .flatMap(open -> session.createNativeQuery("""
                        UPDATE follow_up_alert SET status = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :by,
                               note = :note WHERE id = :id""")
                        .setParameter("now", OffsetDateTime.now(clock)).setParameter("by", caller.accountId())
                        .setParameter("note", note).setParameter("id", alertId).executeUpdate())
                .flatMap(changed -> session.createNativeQuery(VIEW + " WHERE a.id = :id", Object[].class)
                        .setParameter("id", alertId).getSingleResult()))
                .flatMap(row -> findings(List.of(alertId)).map(found -> view(row, found)))
                .call(view -> audit(caller, List.of(view), origin));
    }

    /** The alert a follow-up's answers raised, or null. */
    Uni<AlertRef> ofFollowUp(UUID followUpId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT a.id, a.level FROM follow_up_alert a JOIN health_reading_event e ON e.id = a.event_id
                WHERE e.follow_up_id = :id""", Object[].class).setParameter("id", followUpId).getSingleResultOrNull())
                .map(row -> row == null ? null : new AlertRef(SqlValues.text(row[0]), AlertLevel.valueOf((String) row[1])));
    }

    private Uni<Void> audit(Caller caller, List<AlertView> views, AuditLog.Origin origin) {
        return auditLog.recordAll(caller, "READ", views.stream()
                .map(view -> new AuditLog.Subject(UUID.fromString(view.patientId()), AUDIT_TYPE, UUID.fromString(view.id())))
                .toList(), origin);
    }

    private Uni<Map<UUID, List<FindingView>>> findings(List<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT alert_id, reading, value, threshold, level FROM follow_up_alert_finding
                WHERE alert_id IN (:ids) ORDER BY alert_id, reading""", Object[].class)
                .setParameter("ids", alertIds).getResultList())
                .map(rows -> {
                    Map<UUID, List<FindingView>> byAlert = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        Reading reading = Reading.valueOf((String) row[1]);
                        byAlert.computeIfAbsent(SqlValues.uuid(row[0]), k -> new ArrayList<>()).add(new FindingView(reading,
                                SqlValues.decimal(row[2]), SqlValues.decimal(row[3]), reading.unit(),
                                AlertLevel.valueOf((String) row[4])));
                    }
                    return byAlert;
                });
    }

    private static AlertView view(Object[] row, Map<UUID, List<FindingView>> findings) {
        UUID id = SqlValues.uuid(row[0]);
        return new AlertView(id.toString(), SqlValues.text(row[1]), (String) row[2], AlertLevel.valueOf((String) row[3]),
                AlertStatus.valueOf((String) row[4]), (String) row[5], (String) row[6], SqlValues.text(row[7]),
                SqlValues.text(row[8]), SqlValues.offsetDateTime(row[9]), SqlValues.offsetDateTime(row[10]), findings.getOrDefault(id, List.of()),
                SqlValues.offsetDateTime(row[11]), SqlValues.text(row[12]), (String) row[13]);
    }
}
