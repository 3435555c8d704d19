package io.jiayi.signing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.signing.ApplicationStatus;
import io.jiayi.signing.SigningApplication;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SigningApplicationRepository implements PanacheRepositoryBase<SigningApplication, UUID> {

    private static final String FULL = "from SigningApplication a join fetch a.doctor join fetch a.centre"
            + " join fetch a.districtHospital join fetch a.cityHospital";

    /** Whose worklist: a doctor's own, or a centre's (staff), or everyone's (admin: both null). */
    public record Worklist(UUID doctorId, UUID centreId, ApplicationStatus status) {
    }

    public Uni<SigningApplication> findFull(UUID id) {
        return full(id).firstResult();
    }

    /** As {@link #findFull}, read under the application's row lock, as its answers read it. */
    public Uni<SigningApplication> findFullForUpdate(UUID id) {
        return full(id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<SigningApplication> full(UUID id) {
        return find(FULL + " where a.id = ?1", id);
    }

    public Uni<List<SigningApplication>> worklist(Worklist filter, PageRequest page) {
        Parameters parameters = new Parameters();
        String where = where(filter, parameters);
        return find(FULL + where + " order by a.appliedAt", parameters).page(page.toPanache()).list();
    }

    public Uni<Long> countWorklist(Worklist filter) {
        Parameters parameters = new Parameters();
        return count("from SigningApplication a" + where(filter, parameters), parameters);
    }

    private static String where(Worklist filter, Parameters parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.doctorId() != null) {
            where.append(" and a.doctor.id = :doctor");
            parameters.and("doctor", filter.doctorId());
        }
        if (filter.centreId() != null) {
            where.append(" and a.centre.id = :centre");
            parameters.and("centre", filter.centreId());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.and("status", filter.status());
        }
        return where.toString();
    }
}
