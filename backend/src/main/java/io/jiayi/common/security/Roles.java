package io.jiayi.common.security;

/** The roles a token's {@code groups} claim carries. */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String DOCTOR = "doctor";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    /** Claim naming the institution a doctor or staff account belongs to. */
    public static final String INSTITUTION_CLAIM = "institutionId";

    /** Claim naming the directory doctor a doctor account is. */
    public static final String DOCTOR_CLAIM = "doctorId";

    /** A resident's own person (set once real-name registration is done): acting for oneself needs no lookup. */
    public static final String PERSON_CLAIM = "personId";

    private Roles() {
    }
}
