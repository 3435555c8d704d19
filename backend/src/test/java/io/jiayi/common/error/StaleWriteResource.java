package io.jiayi.common.error;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.jiayi.identity.account.ResidentAccount;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Test only: a change that reads its row without a lock, as none in the product does any more, with
 * another connection's change committed between its read and its write.
 */
@Path("/test/stale-write")
@PermitAll
public class StaleWriteResource {

    /** What the stale copy tries to write. */
    static final OffsetDateTime STALE_LOGIN = OffsetDateTime.parse("2000-01-01T00:00:00+08:00");

    private final Pool database;

    public StaleWriteResource(Pool database) {
        this.database = database;
    }

    @POST
    @Path("/account-of/{personId}")
    @Operation(hidden = true)
    @WithTransaction
    public Uni<String> writeBackAfterAnotherChange(@PathParam("personId") UUID personId) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from ResidentAccount a where a.person.id = ?1", ResidentAccount.class)
                .setParameter(1, personId).getSingleResult())
                .call(account -> database.preparedQuery(
                        "UPDATE resident_account SET last_login_at = now(), version = version + 1 WHERE id = $1")
                        .execute(Tuple.of(account.id)))
                .map(account -> {
                    account.lastLoginAt = STALE_LOGIN;
                    return account.id.toString();
                });
    }
}
