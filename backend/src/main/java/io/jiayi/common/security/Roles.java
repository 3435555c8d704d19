package io.jiayi.common.security;

/** The roles a token's {@code groups} claim carries. */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String DOCTOR = "doctor";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";
    /** A partner (third-party) app, with the scopes its token's {@code scope} claim grants. */
    public static final String PARTNER = "partner";

    /** Claim naming the institution a doctor or staff account (or a bound partner app) belongs to. */
    public static final String INSTITUTION_CLAIM = "institutionId";

    /** Claim naming the directory doctor a doctor account is. */
    public static final String DOCTOR_CLAIM = "doctorId";

    /** A resident's own person (set once real-name registration is done): acting for oneself needs no lookup. */
    public static final String PERSON_CLAIM = "personId";

    /** Space-separated scopes of a partner token (RFC 9068, RFC 8693 section 4.2). */
    public static final String SCOPE_CLAIM = "scope";

    /** The OAuth2 client id a partner token was issued to (RFC 9068). */
    public static final String CLIENT_ID_CLAIM = "client_id";

    private Roles() {
    }
}
