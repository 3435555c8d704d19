package io.jiayi.identity.account;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ResidentAccountRepository implements PanacheRepositoryBase<ResidentAccount, UUID> {

    public Uni<ResidentAccount> findByPhoneHash(String phoneHash) {
        return find("phoneHash", phoneHash).firstResult();
    }

    public Uni<ResidentAccount> findWithPerson(UUID id) {
        return withPerson(id).firstResult();
    }

    /** As {@link #findWithPerson}, under the account's row lock: what is counted per account is counted one at a time. */
    public Uni<ResidentAccount> findWithPersonForUpdate(UUID id) {
        return withPerson(id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<ResidentAccount> withPerson(UUID id) {
        return find("from ResidentAccount a left join fetch a.person where a.id = ?1", id);
    }

    public Uni<ResidentAccount> findByPerson(UUID personId) {
        return find("person.id", personId).firstResult();
    }
}
