package io.jiayi.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.DoctorTitle;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DoctorRepository implements PanacheRepositoryBase<Doctor, UUID> {

    public record Filter(UUID institutionId, UUID departmentId, UUID teamId, Boolean familyDoctor,
            DoctorTitle title, String name) {
    }

    private static final String FETCH = "from Doctor d join fetch d.institution left join fetch d.department"
            + " left join fetch d.team";

    public Uni<List<Doctor>> list(Filter filter, PageRequest page) {
        Where where = where(filter);
        return find(FETCH + where.clause() + " order by d.code", where.parameters())
                .page(page.toPanache()).list();
    }

    public Uni<Long> count(Filter filter) {
        Where where = where(filter);
        return count("from Doctor d" + where.clause(), where.parameters());
    }

    public Uni<Doctor> findFull(UUID id) {
        return find(FETCH + " where d.id = ?1", id).firstResult();
    }

    public Uni<List<Doctor>> members(UUID teamId) {
        return list(FETCH + " where d.team.id = ?1 order by d.teamRole, d.code", teamId);
    }

    public Uni<Boolean> codeTaken(String code) {
        return count("code", code).map(n -> n > 0);
    }

    private static Where where(Filter filter) {
        return new Where()
                .and("d.institution.id = :institutionId", "institutionId", filter.institutionId())
                .and("d.department.id = :departmentId", "departmentId", filter.departmentId())
                .and("d.team.id = :teamId", "teamId", filter.teamId())
                .and("d.familyDoctor = :familyDoctor", "familyDoctor", filter.familyDoctor())
                .and("d.title = :title", "title", filter.title())
                .and("d.name like :name escape '\\'", "name", Where.like(filter.name()));
    }
}
