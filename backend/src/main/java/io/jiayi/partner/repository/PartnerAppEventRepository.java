package io.jiayi.partner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.partner.PartnerAppEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PartnerAppEventRepository implements PanacheRepositoryBase<PartnerAppEvent, UUID> {

    public Uni<List<PartnerAppEvent>> ofApp(UUID appId) {
        return list("partnerAppId", Sort.by("at").and("id"), appId);
    }
}
