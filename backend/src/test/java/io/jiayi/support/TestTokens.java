package io.jiayi.support;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.jiayi.common.security.Roles;
import io.jiayi.identity.token.AccessTokens;
import io.quarkus.arc.Arc;

/**
 * Access tokens as the running service issues them (its key ring, its clock), for accounts a
 * test does not need to sign in for.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String admin() {
        return issue(new AccessTokens.Grant(UUID.randomUUID(), Set.of(Roles.ADMIN), Optional.empty(), Optional.empty()));
    }

    public static String staffOf(String institutionId) {
        return issue(new AccessTokens.Grant(UUID.randomUUID(), Set.of(Roles.STAFF),
                Optional.of(UUID.fromString(institutionId)), Optional.empty()));
    }

    public static String resident() {
        return issue(AccessTokens.Grant.resident(UUID.randomUUID(), null));
    }

    public static String issue(AccessTokens.Grant grant) {
        return Arc.container().instance(AccessTokens.class).get().issue(grant).token();
    }
}
