package io.jiayi.directory.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.directory.FamilyDoctorTeam;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FamilyDoctorTeamRepository implements PanacheRepositoryBase<FamilyDoctorTeam, UUID> {

    public Uni<List<FamilyDoctorTeam>> list(UUID institutionId, PageRequest page) {
        Where where = new Where().and("t.institution.id = :institutionId", "institutionId", institutionId);
        return find("from FamilyDoctorTeam t join fetch t.institution" + where.clause() + " order by t.code",
                where.parameters()).page(page.toPanache()).list();
    }

    public Uni<Long> count(UUID institutionId) {
        Where where = new Where().and("t.institution.id = :institutionId", "institutionId", institutionId);
        return count("from FamilyDoctorTeam t" + where.clause(), where.parameters());
    }

    public Uni<FamilyDoctorTeam> findWithInstitution(UUID id) {
        return find("from FamilyDoctorTeam t join fetch t.institution where t.id = ?1", id).firstResult();
    }

    public Uni<List<FamilyDoctorTeam>> ofInstitution(UUID institutionId) {
        return list("from FamilyDoctorTeam t where t.institution.id = ?1 order by t.code", institutionId);
    }
}
