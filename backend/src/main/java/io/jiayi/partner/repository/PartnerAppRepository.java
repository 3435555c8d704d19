package io.jiayi.partner.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.partner.PartnerApp;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PartnerAppRepository implements PanacheRepositoryBase<PartnerApp, UUID> {

    public Uni<PartnerApp> findByClientId(String clientId) {
        return find("clientId", clientId).firstResult();
    }
}
