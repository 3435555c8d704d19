package io.jiayi.identity.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ResidentAccountRepository implements PanacheRepositoryBase<ResidentAccount, UUID> {

    public Uni<ResidentAccount> findByPhoneHash(String phoneHash) {
        return find("phoneHash", phoneHash).firstResult();
    }

    public Uni<ResidentAccount> findWithPerson(UUID id) {
        return find("from ResidentAccount a left join fetch a.person where a.id = ?1", id).firstResult();
    }

    public Uni<ResidentAccount> findByPerson(UUID personId) {
        return find("person.id", personId).firstResult();
    }
}
