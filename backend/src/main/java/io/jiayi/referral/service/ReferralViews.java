package io.jiayi.referral.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.rest.Refs;
import io.jiayi.referral.Direction;
import io.jiayi.referral.ReferralPriority;
import io.jiayi.referral.ReferralRequest;
import io.jiayi.referral.ReferralState;
import io.jiayi.referral.rest.ReferralModels.Diagnosis;
import io.jiayi.referral.rest.ReferralModels.EventView;
import io.jiayi.referral.rest.ReferralModels.Patient;
import io.jiayi.referral.rest.ReferralModels.ReferralView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who sees which referral, and how it reads. Residents see those of the patients they act for;
 * family doctors those they made and the downward tasks addressed to them; a hospital (its staff
 * and doctors) those addressed to it, and its staff those it sent; admins all. Anything else is 404.
 */
@ApplicationScoped
public class ReferralViews {

    /** Which list: the resident's, the doctor's own (made or tasks), or the institution's incoming ones. */
    public enum Scope {
        MINE, MADE, TASKS, INCOMING
    }

    public record Filter(Scope scope, ReferralState state, ReferralPriority priority, Direction direction) {
    }

    private static final String SELECT = """
            SELECT r.id, r.direction, r.state, r.priority, r.requests, r.person_id, p.name,
                   fi.id, fi.code, fi.name, ti.id, ti.code, ti.name, d.id, d.code, d.name,
                   td.id, td.name, td.title, rd.id, rd.name, rd.title,
                   r.reason, r.diagnosis, r.icd10, r.clinical_summary, r.follow_up, r.valid_until,
                   r.booking_id, r.exam_booking_id, r.admission_requested_at, r.admission_note, r.outcome,
                   r.signing_offered, r.visited_at, r.created_at, r.updated_at
            FROM referral r JOIN person p ON p.id = r.person_id
                JOIN institution fi ON fi.id = r.from_institution_id JOIN institution ti ON ti.id = r.to_institution_id
                LEFT JOIN department d ON d.id = r.to_department_id LEFT JOIN doctor td ON td.id = r.to_doctor_id
                LEFT JOIN doctor rd ON rd.id = r.referring_doctor_id
            """;

    /** A predicate on {@code r} for what the caller may see, with its parameters. */
    private record Visibility(String predicate, Map<String, Object> parameters) {
    }

    private static Visibility visibility(Caller caller) {
        Map<String, Object> parameters = new HashMap<>();
        if (caller.admin()) {
            return new Visibility("TRUE", parameters);
        }
        if (caller.resident()) {
            parameters.put("account", caller.accountId());
            return new Visibility("""
                    r.person_id IN (SELECT person_id FROM resident_account WHERE id = :account AND person_id IS NOT NULL
                                    UNION SELECT person_id FROM managed_member WHERE manager_id = :account AND status = 'ACTIVE')""",
                    parameters);
        }
        UUID institution = caller.institutionId().orElse(new UUID(0, 0));
        parameters.put("institution", institution);
        if (caller.doctor()) {
            parameters.put("doctor", caller.doctorId().orElse(new UUID(0, 0)));
            return new Visibility("(r.referring_doctor_id = :doctor OR r.to_doctor_id = :doctor"
                    + " OR (r.direction = 'UP' AND r.to_institution_id = :institution))", parameters);
        }
        return new Visibility("(r.to_institution_id = :institution OR r.from_institution_id = :institution)", parameters);
    }

    /** The referral, locked for the transaction, if the caller may see it (else 404). Call inside a transaction. */
    public Uni<io.jiayi.referral.Referral> lockVisible(Caller caller, UUID id) {
        return loadVisible(caller, id, " FOR UPDATE OF r");
    }

    /** The referral if the caller may see it (else 404). Call inside a session. */
    public Uni<io.jiayi.referral.Referral> findVisible(Caller caller, UUID id) {
        return loadVisible(caller, id, "");
    }

    private Uni<io.jiayi.referral.Referral> loadVisible(Caller caller, UUID id, String lock) {
        Visibility visibility = visibility(caller);
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery("SELECT r.* FROM referral r WHERE r.id = :id AND "
                    + visibility.predicate() + lock, io.jiayi.referral.Referral.class).setParameter("id", id);
            visibility.parameters().forEach(query::setParameter);
            return query.getResultList().map(rows -> {
                if (rows.isEmpty()) {
                    throw ProblemException.notFound("referral");
                }
                return rows.get(0);
            });
        });
    }

    /** The referral with its history; 404 when the caller may not see it. Call inside a session. */
    public Uni<ReferralView> detail(Caller caller, UUID id) {
        Visibility visibility = visibility(caller);
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(SELECT + " WHERE r.id = :id AND " + visibility.predicate(), Object[].class)
                    .setParameter("id", id);
            visibility.parameters().forEach(query::setParameter);
            return query.getResultList().flatMap(rows -> {
                if (rows.isEmpty()) {
                    throw ProblemException.notFound("referral");
                }
                return session.createNativeQuery("""
                        SELECT from_state, to_state, action, actor_account_id, actor_role, reason, at
                        FROM referral_event WHERE referral_id = :id ORDER BY at, action""", Object[].class)
                        .setParameter("id", id).getResultList()
                        .map(events -> view(rows.get(0), events.stream().map(ReferralViews::event).toList()));
            });
        });
    }

    /** One page of the caller's list; incoming ones urgent first, oldest first. Call inside a session. */
    public Uni<PageResponse<ReferralView>> list(Caller caller, Filter filter, PageRequest page) {
        Visibility visibility = visibility(caller);
        Map<String, Object> parameters = new HashMap<>(visibility.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(visibility.predicate());
        String order = " ORDER BY r.created_at DESC, r.id";
        switch (filter.scope()) {
            case MADE -> where.append(" AND r.referring_doctor_id = :doctor");
            case TASKS -> where.append(" AND r.direction = 'DOWN' AND r.to_doctor_id = :doctor");
            case INCOMING -> {
                where.append(" AND r.to_institution_id = :institution");
                order = " ORDER BY CASE WHEN r.priority = 'URGENT' THEN 0 ELSE 1 END, r.created_at, r.id";
            }
            default -> {
            }
        }
        if (filter.state() != null) {
            where.append(" AND r.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.priority() != null) {
            where.append(" AND r.priority = :priority");
            parameters.put("priority", filter.priority().name());
        }
        if (filter.direction() != null) {
            where.append(" AND r.direction = :direction");
            parameters.put("direction", filter.direction().name());
        }
        String finalOrder = order;
        return Panache.getSession().flatMap(session -> {
            var rowsQuery = session.createNativeQuery(SELECT + where + finalOrder + " LIMIT :limit OFFSET :offset",
                    Object[].class).setParameter("limit", page.size()).setParameter("offset", page.page() * page.size());
            var countQuery = session.createNativeQuery("SELECT count(*) FROM referral r" + where, Long.class);
            parameters.forEach((name, value) -> {
                rowsQuery.setParameter(name, value);
                countQuery.setParameter(name, value);
            });
            return rowsQuery.getResultList().flatMap(rows -> countQuery.getSingleResult()
                    .map(total -> PageResponse.of(rows, page, total, row -> view(row, null))));
        });
    }

    private static ReferralView view(Object[] r, List<EventView> history) {
        String name = (String) r[6];
        String masked = name.length() <= 1 ? "*" : name.charAt(0) + "*".repeat(name.length() - 1);
        String requests = (String) r[4];
        return new ReferralView(r[0].toString(), Direction.valueOf((String) r[1]), ReferralState.valueOf((String) r[2]),
                ReferralPriority.valueOf((String) r[3]),
                requests == null || requests.isBlank() ? List.of()
                        : Arrays.stream(requests.split(",")).map(ReferralRequest::valueOf).toList(),
                new Patient(r[5].toString(), masked),
                new Refs.InstitutionRef(r[7].toString(), (String) r[8], (String) r[9]),
                new Refs.InstitutionRef(r[10].toString(), (String) r[11], (String) r[12]),
                r[13] == null ? null : new Refs.DepartmentRef(r[13].toString(), (String) r[14], (String) r[15]),
                r[16] == null ? null : new DoctorSummary(r[16].toString(), (String) r[17], DoctorTitle.valueOf((String) r[18])),
                r[19] == null ? null : new DoctorSummary(r[19].toString(), (String) r[20], DoctorTitle.valueOf((String) r[21])),
                (String) r[22], new Diagnosis((String) r[23], (String) r[24]), (String) r[25], (String) r[26], SqlValues.offsetDateTime(r[27]),
                r[28] == null ? null : r[28].toString(), r[29] == null ? null : r[29].toString(), r[30] != null,
                (String) r[31], (String) r[32], Boolean.TRUE.equals(r[33]), SqlValues.offsetDateTime(r[34]), SqlValues.offsetDateTime(r[35]), SqlValues.offsetDateTime(r[36]), history);
    }

    private static EventView event(Object[] e) {
        return new EventView(e[0] == null ? null : ReferralState.valueOf((String) e[0]), ReferralState.valueOf((String) e[1]),
                (String) e[2], e[3] == null ? null : e[3].toString(), (String) e[4], (String) e[5], SqlValues.offsetDateTime(e[6]));
    }
}
