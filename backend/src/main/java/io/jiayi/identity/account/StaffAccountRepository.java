package io.jiayi.identity.account;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepositoryBase<StaffAccount, UUID> {

    public Uni<StaffAccount> findByUsername(String username) {
        return byUsername(username).firstResult();
    }

    /**
     * The account read under a row lock held to the end of the transaction, so what it shows (the
     * failed attempts, the lock) cannot change before the transaction that read it has written.
     */
    public Uni<StaffAccount> findByUsernameForUpdate(String username) {
        return byUsername(username).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<StaffAccount> byUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT));
    }
}
