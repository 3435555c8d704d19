package io.jiayi.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.directory.Institution;
import io.jiayi.directory.InstitutionType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    public record Filter(InstitutionType type, UUID streetId, UUID parentId, String name) {
    }

    public Uni<List<Institution>> list(Filter filter, PageRequest page) {
        Where where = where(filter);
        return find("from Institution i left join fetch i.street left join fetch i.parent" + where.clause()
                + " order by i.code", where.parameters())
                .page(page.toPanache()).list();
    }

    public Uni<Long> count(Filter filter) {
        Where where = where(filter);
        return count("from Institution i" + where.clause(), where.parameters());
    }

    public Uni<Institution> findWithStreetAndParent(UUID id) {
        return find("from Institution i left join fetch i.street left join fetch i.parent where i.id = ?1", id)
                .firstResult();
    }

    public Uni<List<Institution>> children(UUID parentId) {
        return list("from Institution i where i.parent.id = ?1 order by i.code", parentId);
    }

    public Uni<Institution> centreServing(UUID streetId) {
        return find("from Institution i where i.street.id = ?1 and i.type = ?2", streetId,
                InstitutionType.COMMUNITY_CENTRE).firstResult();
    }

    public Uni<Boolean> codeTaken(String code) {
        return count("code", code).map(n -> n > 0);
    }

    private static Where where(Filter filter) {
        return new Where()
                .and("i.type = :type", "type", filter.type())
                .and("i.street.id = :streetId", "streetId", filter.streetId())
                .and("i.parent.id = :parentId", "parentId", filter.parentId())
                .and("(i.name like :name escape '\\' or i.shortName like :name escape '\\')", "name",
                        Where.like(filter.name()));
    }
}
