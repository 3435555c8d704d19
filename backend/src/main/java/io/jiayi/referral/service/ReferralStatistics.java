package io.jiayi.referral.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.security.Caller;
import io.jiayi.directory.rest.Refs;
import io.jiayi.referral.rest.ReferralModels.InstitutionCounts;
import io.jiayi.referral.rest.ReferralModels.PoolUse;
import io.jiayi.referral.rest.ReferralModels.Statistics;
import io.jiayi.referral.rest.ReferralModels.UrgentSeen;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Referral figures for a period [from, to] (local dates): referrals up and down sent and received
 * per institution (by creation), referral-pool use and release (slots in the period), and the
 * share of urgent referrals seen within their window. Staff see their own institution; admins the
 * district, or one institution.
 */
@ApplicationScoped
public class ReferralStatistics {

    private final Clock clock;

    public ReferralStatistics(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<Statistics> of(Caller caller, LocalDate from, LocalDate to, UUID institutionId) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw ProblemException.invalidField("to", "field.search.range");
        }
        UUID scope;
        if (caller.admin()) {
            scope = institutionId;
        } else {
            scope = caller.institutionId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
            if (institutionId != null && !institutionId.equals(scope)) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
        }
        OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT i.id, i.code, i.name,
                       count(*) FILTER (WHERE r.direction = 'UP' AND r.from_institution_id = i.id),
                       count(*) FILTER (WHERE r.direction = 'UP' AND r.to_institution_id = i.id),
                       count(*) FILTER (WHERE r.direction = 'DOWN' AND r.from_institution_id = i.id),
                       count(*) FILTER (WHERE r.direction = 'DOWN' AND r.to_institution_id = i.id)
                FROM referral r JOIN institution i ON i.id IN (r.from_institution_id, r.to_institution_id)
                WHERE r.created_at >= :start AND r.created_at < :end
                  AND (CAST(:scope AS uuid) IS NULL OR i.id = :scope)
                GROUP BY i.id, i.code, i.name ORDER BY i.code""", Object[].class)
                .setParameter("start", start).setParameter("end", end).setParameter("scope", scope).getResultList()
                .flatMap(rows -> session.createNativeQuery("""
                        SELECT coalesce(sum(t.referral_capacity + t.referral_released_units), 0),
                               (SELECT count(*) FROM booking b JOIN slot u ON u.id = b.slot_id
                                JOIN schedule v ON v.id = u.schedule_id
                                WHERE b.pool = 'REFERRAL' AND b.status IN ('HELD', 'CONFIRMED', 'CHECKED_IN', 'NO_SHOW')
                                  AND u.starts_at >= :start AND u.starts_at < :end
                                  AND (CAST(:scope AS uuid) IS NULL OR v.institution_id = :scope)),
                               coalesce(sum(t.referral_released_units), 0)
                        FROM slot t JOIN schedule s ON s.id = t.schedule_id
                        WHERE t.starts_at >= :start AND t.starts_at < :end
                          AND (CAST(:scope AS uuid) IS NULL OR s.institution_id = :scope)""", Object[].class)
                        .setParameter("start", start).setParameter("end", end).setParameter("scope", scope)
                        .getSingleResult()
                        .flatMap(pool -> session.createNativeQuery("""
                                SELECT count(*),
                                       count(*) FILTER (WHERE visited_at IS NOT NULL AND visited_at <= valid_until)
                                FROM referral
                                WHERE direction = 'UP' AND priority = 'URGENT'
                                  AND created_at >= :start AND created_at < :end
                                  AND (CAST(:scope AS uuid) IS NULL OR :scope IN (from_institution_id, to_institution_id))""",
                                Object[].class)
                                .setParameter("start", start).setParameter("end", end).setParameter("scope", scope)
                                .getSingleResult()
                                .map(urgent -> {
                                    long total = ((Number) urgent[0]).longValue();
                                    long seen = ((Number) urgent[1]).longValue();
                                    return new Statistics(from, to, rows.stream().map(row -> new InstitutionCounts(
                                            new Refs.InstitutionRef(row[0].toString(), (String) row[1], (String) row[2]),
                                            SqlValues.count(row[3]), SqlValues.count(row[4]), SqlValues.count(row[5]), SqlValues.count(row[6]))).toList(),
                                            new PoolUse(SqlValues.count(pool[0]), SqlValues.count(pool[1]), SqlValues.count(pool[2])),
                                            new UrgentSeen(total, seen, total == 0 ? 0 : (double) seen / total));
                                }))));
    }
}
