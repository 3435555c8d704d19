package io.jiayi.followup.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.audit.AuditLog;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.followup.Channel;
import io.jiayi.followup.FollowUpCondition;
import io.jiayi.followup.FollowUpForm;
import io.jiayi.followup.FollowUpState;
import io.jiayi.followup.FormAnswers;
import io.jiayi.followup.rest.FollowUpModels.AlertRef;
import io.jiayi.followup.rest.FollowUpModels.FollowUpSummary;
import io.jiayi.followup.rest.FollowUpModels.FollowUpView;
import io.jiayi.followup.rest.FollowUpModels.FormRef;
import io.jiayi.identity.access.PatientAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Due follow-ups: the doctor's work list over their panel, the resident's own (and members'),
 * reading one with its form version and answers (audited), and answering it - online by the
 * resident within the window, or recorded by the family doctor after a call or visit.
 */
@ApplicationScoped
public class FollowUps {

    /** Audit resource type of a follow-up read. */
    static final String AUDIT_TYPE = "FOLLOW_UP";

    private static final String COLUMNS = """
            SELECT f.id, f.plan_id, f.person_id, p.name, pl.condition, f.seq, f.due_on, f.opens_on, f.closes_on,
                   f.status, fm.id AS form_id, fm.code, fm.version, f.answered_at, f.channel""";

    private static final String FROM = """
             FROM follow_up f JOIN follow_up_plan pl ON pl.id = f.plan_id JOIN person p ON p.id = f.person_id
            JOIN follow_up_form fm ON fm.id = f.form_id
            """;

    private static final String SUMMARY = COLUMNS + FROM;

    /** What the lists filter on. */
    public record Filter(FollowUpState state, FollowUpCondition condition, UUID personId, LocalDate dueFrom,
            LocalDate dueTo) {
    }

    private final CareTeam careTeam;
    private final PatientAccess patientAccess;
    private final FollowUpForms forms;
    private final HealthReadings readings;
    private final FollowUpAlerts alerts;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final Clock clock;

    public FollowUps(CareTeam careTeam, PatientAccess patientAccess, FollowUpForms forms, HealthReadings readings,
            FollowUpAlerts alerts, AuditLog auditLog, ObjectMapper json, Clock clock) {
        this.careTeam = careTeam;
        this.patientAccess = patientAccess;
        this.forms = forms;
        this.readings = readings;
        this.alerts = alerts;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** The follow-ups of one plan, in order; inside a session. */
    Uni<List<FollowUpSummary>> ofPlan(UUID planId) {
        LocalDate today = LocalDate.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                SUMMARY + " WHERE f.plan_id = :plan ORDER BY f.seq", Object[].class)
                .setParameter("plan", planId).getResultList())
                .map(rows -> rows.stream().map(row -> summary(row, today)).toList());
    }

    /** Follow-ups of the doctor's panel (residents whose ACTIVE signing is with them). */
    @WithSession
    public Uni<PageResponse<FollowUpSummary>> ofDoctor(Caller caller, Filter filter, PageRequest page) {
        UUID doctorId = CareTeam.doctorOf(caller);
        Query query = query(filter, " JOIN signing s ON s.person_id = f.person_id AND s.status = 'ACTIVE'"
                + " AND s.doctor_id = :doctor", Map.of("doctor", doctorId));
        return list(query, filter, page);
    }

    /** Follow-ups of the resident and the members they actively manage, or of one of them. */
    @WithSession
    public Uni<PageResponse<FollowUpSummary>> ofResident(Caller caller, Filter filter, PageRequest page) {
        UUID account = caller.accountId();
        Uni<Void> access = filter.personId() == null ? Uni.createFrom().voidItem()
                : patientAccess.actFor(account, filter.personId()).replaceWithVoid();
        Query query = query(filter, " WHERE f.person_id IN (SELECT person_id FROM resident_account WHERE id = :account"
                + " AND person_id IS NOT NULL UNION SELECT person_id FROM managed_member WHERE manager_id = :account"
                + " AND status = 'ACTIVE')", Map.of("account", account));
        return access.flatMap(ok -> list(query, filter, page));
    }

    /** One follow-up for its family doctor, with form and answers; audited. */
    @WithTransaction
    public Uni<FollowUpView> forDoctor(Caller caller, UUID id, AuditLog.Origin origin) {
        return find(id).call(row -> careTeam.requireFamilyDoctor(caller, SqlValues.uuid(row[2]), "followUp"))
                .flatMap(this::view)
                .call(view -> auditLog.read(caller, UUID.fromString(view.followUp().patientId()), AUDIT_TYPE, id, origin));
    }

    /** One follow-up for the resident or a manager of the member; audited. */
    @WithTransaction
    public Uni<FollowUpView> forResident(Caller caller, UUID id, AuditLog.Origin origin) {
        return find(id).call(row -> residentMay(caller, row))
                .flatMap(this::view)
                .call(view -> auditLog.read(caller, UUID.fromString(view.followUp().patientId()), AUDIT_TYPE, id, origin));
    }

    /** The resident answers online, within the window. */
    @WithTransaction
    public Uni<FollowUpView> answerAsResident(Caller caller, UUID id, Map<String, Object> answers, Channel channel) {
        if (channel != null && channel != Channel.ONLINE) {
            throw ProblemException.invalidField("channel", "field.channel.resident");
        }
        return find(id, true).call(row -> residentMay(caller, row))
                .flatMap(row -> answer(caller, row, answers, Channel.ONLINE, "RESIDENT", false));
    }

    /** The family doctor records the answers of a call or visit; also after the window closed. */
    @WithTransaction
    public Uni<FollowUpView> answerAsDoctor(Caller caller, UUID id, Map<String, Object> answers, Channel channel) {
        if (channel != Channel.PHONE && channel != Channel.VISIT) {
            throw ProblemException.invalidField("channel", "field.channel.doctor");
        }
        return find(id, true).call(row -> careTeam.requireFamilyDoctor(caller, SqlValues.uuid(row[2]), "followUp"))
                .flatMap(row -> answer(caller, row, answers, channel, "DOCTOR", true));
    }

    private Uni<FollowUpView> answer(Caller caller, Object[] row, Map<String, Object> given, Channel channel,
            String role, boolean lateAllowed) {
        UUID id = SqlValues.uuid(row[0]);
        UUID personId = SqlValues.uuid(row[2]);
        LocalDate today = LocalDate.now(clock);
        FollowUpState state = state(row, today);
        LocalDate opensOn = SqlValues.localDate(row[7]);
        LocalDate closesOn = SqlValues.localDate(row[8]);
        if (state == FollowUpState.ANSWERED) {
            throw new ProblemException(ProblemCode.FOLLOW_UP_ALREADY_ANSWERED);
        }
        if (state == FollowUpState.CANCELLED) {
            throw new ProblemException(ProblemCode.FOLLOW_UP_CANCELLED);
        }
        if (state == FollowUpState.UPCOMING || (state == FollowUpState.OVERDUE && !lateAllowed)) {
            throw new ProblemException(ProblemCode.FOLLOW_UP_NOT_OPEN,
                    Map.of("opensOn", opensOn.toString(), "closesOn", closesOn.toString(), "today", today.toString()),
                    opensOn.toString(), closesOn.toString());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return forms.byId(SqlValues.uuid(row[10])).flatMap(form -> {
            FormAnswers.Checked checked = FormAnswers.check(form, tree(given), today);
            if (!checked.valid()) {
                throw ProblemException.invalidFields(ProblemCode.FOLLOW_UP_ANSWERS_INVALID, checked.problems());
            }
            return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                    UPDATE follow_up SET status = 'ANSWERED', answers = CAST(CAST(:answers AS text) AS jsonb), channel = :channel,
                           answered_at = :now, answered_by = :by, answered_by_role = :role
                    WHERE id = :id AND status = 'PENDING'""")
                    .setParameter("answers", write(checked.answers())).setParameter("channel", channel.name())
                    .setParameter("now", now).setParameter("by", caller.accountId()).setParameter("role", role)
                    .setParameter("id", id).executeUpdate())
                    .invoke(changed -> {
                        if (changed == 0) {
                            throw new ProblemException(ProblemCode.FOLLOW_UP_ALREADY_ANSWERED);
                        }
                    })
                    .flatMap(changed -> checked.readings().isEmpty() ? Uni.createFrom().voidItem()
                            : readings.record(new HealthReadings.Recording(personId, now, "FOLLOW_UP", channel.name(),
                                    null, id, checked.readings(), caller.accountId(), role)).replaceWithVoid());
        }).flatMap(done -> find(id)).flatMap(this::view);
    }

    private Uni<Void> residentMay(Caller caller, Object[] row) {
        return patientAccess.actFor(caller.accountId(), SqlValues.uuid(row[2]))
                .onFailure(ProblemException.class).transform(e -> ProblemException.notFound("followUp"))
                .replaceWithVoid();
    }

    private Uni<Object[]> find(UUID id) {
        return find(id, false);
    }

    /** With {@code lock}, answers to the same follow-up wait for each other. */
    private Uni<Object[]> find(UUID id, boolean lock) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(COLUMNS
                + ", f.answers::text AS answers_text, f.answered_by_role" + FROM + " WHERE f.id = :id" + (lock ? " FOR UPDATE OF f" : ""),
                Object[].class).setParameter("id", id).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("followUp"));
    }

    private Uni<FollowUpView> view(Object[] row) {
        LocalDate today = LocalDate.now(clock);
        UUID id = SqlValues.uuid(row[0]);
        return forms.byId(SqlValues.uuid(row[10])).flatMap(form -> alerts.ofFollowUp(id)
                .map(alert -> view(summary(row, today), form, row, alert)));
    }

    private FollowUpView view(FollowUpSummary summary, FollowUpForm form, Object[] row, AlertRef alert) {
        return new FollowUpView(summary, FollowUpForms.view(form), read((String) row[15]), (String) row[16], alert);
    }

    private record Query(String from, Map<String, Object> parameters) {
    }

    private Query query(Filter filter, String scope, Map<String, Object> scopeParameters) {
        StringBuilder sql = new StringBuilder(scope);
        java.util.HashMap<String, Object> parameters = new java.util.HashMap<>(scopeParameters);
        sql.append(scope.contains(" WHERE ") ? " AND " : " WHERE ").append("1 = 1");
        LocalDate today = LocalDate.now(clock);
        if (filter.state() == null) {
            sql.append(" AND f.status <> 'CANCELLED'");
        } else {
            switch (filter.state()) {
                case UPCOMING:
                    sql.append(" AND f.status = 'PENDING' AND f.opens_on > :today");
                    parameters.put("today", today);
                    break;
                case DUE:
                    sql.append(" AND f.status = 'PENDING' AND f.opens_on <= :today AND f.closes_on >= :today");
                    parameters.put("today", today);
                    break;
                case OVERDUE:
                    sql.append(" AND f.status = 'PENDING' AND f.closes_on < :today");
                    parameters.put("today", today);
                    break;
                default:
                    sql.append(" AND f.status = :status");
                    parameters.put("status", filter.state().name());
            }
        }
        if (filter.condition() != null) {
            sql.append(" AND pl.condition = :condition");
            parameters.put("condition", filter.condition().name());
        }
        if (filter.personId() != null) {
            sql.append(" AND f.person_id = :person");
            parameters.put("person", filter.personId());
        }
        if (filter.dueFrom() != null) {
            sql.append(" AND f.due_on >= :dueFrom");
            parameters.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            sql.append(" AND f.due_on <= :dueTo");
            parameters.put("dueTo", filter.dueTo());
        }
        return new Query(sql.toString(), parameters);
    }

    private Uni<PageResponse<FollowUpSummary>> list(Query query, Filter filter, PageRequest page) {
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
            throw ProblemException.invalidField("dueTo", "field.to.beforeFrom");
        }
        LocalDate today = LocalDate.now(clock);
        String order = filter.state() == FollowUpState.ANSWERED ? " ORDER BY f.answered_at DESC, f.id"
                : " ORDER BY f.due_on, f.id";
        return Panache.getSession().flatMap(session -> {
            var rows = session.createNativeQuery(SUMMARY + query.from() + order + " LIMIT :limit OFFSET :offset",
                    Object[].class);
            var count = session.createNativeQuery("SELECT count(*) FROM follow_up f JOIN follow_up_plan pl"
                    + " ON pl.id = f.plan_id" + query.from(), Long.class);
            query.parameters().forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            return rows.setParameter("limit", page.size()).setParameter("offset", page.page() * page.size())
                    .getResultList().flatMap(found -> count.getSingleResult()
                            .map(total -> PageResponse.of(found, page, total, row -> summary(row, today))));
        });
    }

    private static FollowUpState state(Object[] row, LocalDate today) {
        return FollowUpState.of((String) row[9], SqlValues.localDate(row[7]), SqlValues.localDate(row[8]), today);
    }

    static FollowUpSummary summary(Object[] row, LocalDate today) {
        return new FollowUpSummary(SqlValues.text(row[0]), SqlValues.text(row[1]), SqlValues.text(row[2]), (String) row[3],
                FollowUpCondition.valueOf((String) row[4]), SqlValues.integer(row[5]), SqlValues.localDate(row[6]), SqlValues.localDate(row[7]),
                SqlValues.localDate(row[8]), state(row, today), new FormRef(SqlValues.text(row[10]), (String) row[11],
                        SqlValues.integer(row[12])), SqlValues.offsetDateTime(row[13]), row[14] == null ? null : Channel.valueOf((String) row[14]));
    }

    /** The answers as JSON trees, so every value keeps the type the caller sent. */
    private Map<String, JsonNode> tree(Map<String, Object> given) {
        Map<String, JsonNode> trees = new java.util.LinkedHashMap<>();
        given.forEach((code, value) -> trees.put(code, json.valueToTree(value)));
        return trees;
    }

    private String write(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers are plain values", e);
        }
    }

    private Map<String, Object> read(String answers) {
        if (answers == null) {
            return null;
        }
        try {
            return json.readValue(answers, new TypeReference<java.util.LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are JSON", e);
        }
    }
}
