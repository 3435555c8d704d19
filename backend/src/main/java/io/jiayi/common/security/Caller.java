package io.jiayi.common.security;

import java.util.Optional;
import java.util.UUID;

import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the rules need it: roles and the institution of staff accounts. */
public record Caller(String subject, boolean admin, boolean staff, boolean doctor, boolean resident,
        Optional<UUID> institutionId, Optional<UUID> doctorId, Optional<UUID> personId) {

    public Caller(String subject, boolean admin, boolean staff, boolean doctor, boolean resident,
            Optional<UUID> institutionId, Optional<UUID> doctorId) {
        this(subject, admin, staff, doctor, resident, institutionId, doctorId, Optional.empty());
    }

    public static Caller of(SecurityIdentity identity) {
        Optional<UUID> institution = Optional.empty();
        Optional<UUID> doctor = Optional.empty();
        Optional<UUID> person = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            institution = claim(jwt, Roles.INSTITUTION_CLAIM);
            doctor = claim(jwt, Roles.DOCTOR_CLAIM);
            person = claim(jwt, Roles.PERSON_CLAIM);
        }
        return new Caller(identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                identity.hasRole(Roles.ADMIN), identity.hasRole(Roles.STAFF), identity.hasRole(Roles.DOCTOR),
                identity.hasRole(Roles.RESIDENT), institution, doctor, person);
    }

    private static Optional<UUID> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? Optional.empty() : Ids.parse(value.toString().replace("\"", ""));
    }

    /** The signed-in account: the token's subject. */
    public UUID accountId() {
        return Ids.parse(subject).orElseThrow(() -> new io.jiayi.common.error.ProblemException(
                io.jiayi.common.error.ProblemCode.UNAUTHENTICATED));
    }

    /** The role as records name it: ADMIN, STAFF, DOCTOR or RESIDENT. */
    public String roleName() {
        if (admin) {
            return "ADMIN";
        }
        if (staff) {
            return "STAFF";
        }
        return doctor ? "DOCTOR" : "RESIDENT";
    }

    /** Admins act anywhere; staff only within their own institution. */
    public boolean mayManage(UUID institution) {
        return admin || (staff && institutionId.filter(institution::equals).isPresent());
    }
}
