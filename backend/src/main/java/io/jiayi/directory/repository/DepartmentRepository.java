package io.jiayi.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.directory.Department;
import io.jiayi.directory.DepartmentCategory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, UUID> {

    public record Filter(UUID institutionId, DepartmentCategory category, String name) {
    }

    public Uni<List<Department>> list(Filter filter, PageRequest page) {
        Where where = where(filter);
        return find("from Department d join fetch d.institution" + where.clause()
                + " order by d.institution.code, d.code", where.parameters())
                .page(page.toPanache()).list();
    }

    public Uni<Long> count(Filter filter) {
        Where where = where(filter);
        return count("from Department d" + where.clause(), where.parameters());
    }

    public Uni<Department> findWithInstitution(UUID id) {
        return find("from Department d join fetch d.institution where d.id = ?1", id).firstResult();
    }

    public Uni<Boolean> codeTaken(UUID institutionId, String code) {
        return count("institution.id = ?1 and code = ?2", institutionId, code).map(n -> n > 0);
    }

    private static Where where(Filter filter) {
        return new Where()
                .and("d.institution.id = :institutionId", "institutionId", filter.institutionId())
                .and("d.category = :category", "category", filter.category())
                .and("d.name like :name escape '\\'", "name", Where.like(filter.name()));
    }
}
