package io.jiayi.common.web;

/** OpenAPI tags: one per audience, so each audience's contract can be handed out alone. */
public final class Audiences {

    public static final String PUBLIC = "public";
    public static final String RESIDENT = "resident";
    public static final String DOCTOR = "doctor";
    public static final String STAFF = "staff";
    public static final String PARTNER = "partner";

    private Audiences() {
    }
}
