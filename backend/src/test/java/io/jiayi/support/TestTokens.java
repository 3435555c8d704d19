package io.jiayi.support;

import java.util.Set;
import java.util.UUID;

import io.jiayi.common.security.Roles;
import io.smallrye.jwt.build.Jwt;

/** Tokens signed with the test key pair, as the identity service will issue them. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String admin() {
        return Jwt.upn("admin@jiayi.test").groups(Set.of(Roles.ADMIN)).sign();
    }

    public static String staffOf(String institutionId) {
        return Jwt.upn("staff-" + UUID.randomUUID() + "@jiayi.test").groups(Set.of(Roles.STAFF))
                .claim(Roles.INSTITUTION_CLAIM, institutionId).sign();
    }

    public static String resident() {
        return Jwt.upn("resident-" + UUID.randomUUID()).groups(Set.of(Roles.RESIDENT)).sign();
    }
}
