package io.jiayi.signing.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.Signing;
import io.jiayi.signing.SigningStatus;
import io.jiayi.signing.TagStatus;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SigningRepository implements PanacheRepositoryBase<Signing, UUID> {

    private static final String FULL = "from Signing s join fetch s.person join fetch s.doctor d"
            + " left join fetch d.team join fetch s.centre join fetch s.districtHospital join fetch s.cityHospital"
            + " join fetch s.application";

    /** What the panel shows of whom: the filters a family doctor works with. */
    public record PanelFilter(UUID doctorId, Boolean keyPopulation, KeyPopulation tag, LocalDate dueBy,
            LocalDate today) {
    }

    public Uni<Signing> findFull(UUID id) {
        return full(id).firstResult();
    }

    /** As {@link #findFull}, read under the signing's row lock, for a change of its status. */
    public Uni<Signing> findFullForUpdate(UUID id) {
        return full(id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<Signing> full(UUID id) {
        return find(FULL + " where s.id = ?1", id);
    }

    public Uni<List<Signing>> ofApplication(UUID applicationId) {
        return list(FULL + " where s.application.id = ?1 order by s.createdAt", applicationId);
    }

    /** The members of several applications in one query (a worklist page). */
    public Uni<List<Signing>> ofApplications(Collection<UUID> applicationIds) {
        return list(FULL + " where s.application.id in ?1 order by s.createdAt", applicationIds);
    }

    public Uni<List<Signing>> openOf(Collection<UUID> personIds) {
        return list("from Signing s join fetch s.doctor where s.person.id in ?1 and s.status in ?2", personIds,
                List.of(SigningStatus.PENDING, SigningStatus.ACTIVE));
    }

    public Uni<List<Signing>> historyOf(Collection<UUID> personIds) {
        return list(FULL + " where s.person.id in ?1 order by s.createdAt desc", personIds);
    }

    public Uni<List<Signing>> panel(PanelFilter filter, PageRequest page) {
        Where where = where(filter);
        return find(FULL + where.clause + " order by s.endsOn, s.id", where.parameters).page(page.toPanache()).list();
    }

    public Uni<Long> countPanel(PanelFilter filter) {
        Where where = where(filter);
        return count("from Signing s join s.person p" + where.clause, where.parameters);
    }

    /** Ends the current signing of a person when its successor starts; returns rows changed. */
    public Uni<Integer> endActive(UUID signingId, SigningStatus to, java.time.OffsetDateTime now) {
        return update("status = ?1, endedAt = ?2, updatedAt = ?2 where id = ?3 and status = ?4", to, now, signingId,
                SigningStatus.ACTIVE);
    }

    private record Where(String clause, Parameters parameters) {
    }

    private static Where where(PanelFilter filter) {
        StringBuilder clause = new StringBuilder(" where s.doctor.id = :doctor and s.status = :active");
        Parameters parameters = Parameters.with("doctor", filter.doctorId()).and("active", SigningStatus.ACTIVE);
        String keyPopulation = "(s.person.birthDate <= :born65 or s.person.birthDate > :born7 or exists (select 1 from"
                + " KeyPopulationTag t where t.personId = s.person.id and t.status = :confirmed))";
        boolean needsAges = false;
        boolean needsConfirmed = false;
        if (Boolean.TRUE.equals(filter.keyPopulation())) {
            clause.append(" and ").append(keyPopulation);
            needsAges = needsConfirmed = true;
        } else if (Boolean.FALSE.equals(filter.keyPopulation())) {
            clause.append(" and not ").append(keyPopulation);
            needsAges = needsConfirmed = true;
        }
        if (filter.tag() == KeyPopulation.AGE_65_PLUS) {
            clause.append(" and s.person.birthDate <= :born65");
            needsAges = true;
        } else if (filter.tag() == KeyPopulation.CHILD_0_6) {
            clause.append(" and s.person.birthDate > :born7");
            needsAges = true;
        } else if (filter.tag() != null) {
            clause.append(" and exists (select 1 from KeyPopulationTag t2 where t2.personId = s.person.id"
                    + " and t2.tag = :tag and t2.status = :confirmed)");
            parameters.and("tag", filter.tag());
            needsConfirmed = true;
        }
        if (needsAges) {
            parameters.and("born65", filter.today().minusYears(65)).and("born7", filter.today().minusYears(7));
        }
        if (needsConfirmed) {
            parameters.and("confirmed", TagStatus.CONFIRMED);
        }
        if (filter.dueBy() != null) {
            clause.append(" and s.endsOn <= :dueBy");
            parameters.and("dueBy", filter.dueBy());
        }
        return new Where(clause.toString(), parameters);
    }
}
