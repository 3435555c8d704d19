package io.jiayi.identity.account;

import io.jiayi.common.security.Roles;

/** Roles of accounts that log in with a password. */
public enum StaffRole {
    DOCTOR(Roles.DOCTOR), STAFF(Roles.STAFF), ADMIN(Roles.ADMIN);

    private final String role;

    StaffRole(String role) {
        this.role = role;
    }

    /** The role as tokens carry it. */
    public String role() {
        return role;
    }
}
