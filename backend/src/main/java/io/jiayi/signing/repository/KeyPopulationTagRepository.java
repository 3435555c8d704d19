package io.jiayi.signing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.KeyPopulationTag;
import io.jiayi.signing.TagStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class KeyPopulationTagRepository implements PanacheRepositoryBase<KeyPopulationTag, UUID> {

    public Uni<List<KeyPopulationTag>> liveOf(UUID personId) {
        return list("personId = ?1 and status <> ?2 order by tag", personId, TagStatus.REMOVED);
    }

    public Uni<List<KeyPopulationTag>> liveOf(List<UUID> personIds) {
        return list("personId in ?1 and status <> ?2", personIds, TagStatus.REMOVED);
    }

    public Uni<KeyPopulationTag> live(UUID personId, KeyPopulation tag) {
        return find("personId = ?1 and tag = ?2 and status <> ?3", personId, tag, TagStatus.REMOVED).firstResult();
    }
}
