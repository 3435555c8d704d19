package io.jiayi.partner.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Ids;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A partner token is honoured only while its app is ACTIVE. The verifier remembers a token's
 * signature check, not this: each request made with a partner token reads the app's status (one
 * primary-key lookup; partner traffic is small beside the residents'), so revoking an app refuses
 * its tokens at once, on every instance, with 401. Other tokens pass untouched.
 */
@ApplicationScoped
public class PartnerTokenCheck implements SecurityIdentityAugmentor {

    private final Pool database;

    public PartnerTokenCheck(Pool database) {
        this.database = database;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)) {
            return Uni.createFrom().item(identity);
        }
        Optional<UUID> app = Ids.parse(identity.getPrincipal().getName());
        if (app.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("A partner token must name its app"));
        }
        return database.preparedQuery("SELECT status FROM partner_app WHERE id = $1").execute(Tuple.of(app.get()))
                .map(rows -> {
                    if (!active(rows)) {
                        throw new AuthenticationFailedException("The partner app is not active");
                    }
                    return identity;
                });
    }

    private static boolean active(RowSet<Row> rows) {
        var found = rows.iterator();
        return found.hasNext() && "ACTIVE".equals(found.next().getString("status"));
    }
}
