package io.jiayi.identity.account;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepositoryBase<StaffAccount, UUID> {

    public Uni<StaffAccount> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResult();
    }
}
