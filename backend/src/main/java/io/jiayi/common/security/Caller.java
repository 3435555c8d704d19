package io.jiayi.common.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.web.Ids;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the rules need it: roles and the institution of staff accounts; for a
 * partner app, its scopes and the institution it is bound to (none: district-wide).
 */
public record Caller(String subject, boolean admin, boolean staff, boolean doctor, boolean resident,
        Optional<UUID> institutionId, Optional<UUID> doctorId, Optional<UUID> personId, boolean partner,
        Set<Scope> scopes) {

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public Caller(String subject, boolean admin, boolean staff, boolean doctor, boolean resident,
            Optional<UUID> institutionId, Optional<UUID> doctorId, Optional<UUID> personId) {
        this(subject, admin, staff, doctor, resident, institutionId, doctorId, personId, false, Set.of());
    }

    public Caller(String subject, boolean admin, boolean staff, boolean doctor, boolean resident,
            Optional<UUID> institutionId, Optional<UUID> doctorId) {
        this(subject, admin, staff, doctor, resident, institutionId, doctorId, Optional.empty());
    }

    public static Caller of(SecurityIdentity identity) {
        // A token's caller never changes, and a verified token's principal is one object for as
        // long as the token is remembered: its claims are read once, not on every request.
        if (identity.getPrincipal() instanceof Memo memo) {
            Caller known = memo.caller();
            if (known == null) {
                known = read(identity);
                memo.remember(known);
            }
            return known;
        }
        return read(identity);
    }

    /** A principal that keeps the caller read from it (roles come from its claims alone). */
    public interface Memo {

        Caller caller();

        void remember(Caller caller);
    }

    private static Caller read(SecurityIdentity identity) {
        Optional<UUID> institution = Optional.empty();
        Optional<UUID> doctor = Optional.empty();
        Optional<UUID> person = Optional.empty();
        Set<Scope> scopes = Set.of();
        boolean partner = identity.hasRole(Roles.PARTNER);
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            institution = claim(jwt, Roles.INSTITUTION_CLAIM);
            doctor = claim(jwt, Roles.DOCTOR_CLAIM);
            person = claim(jwt, Roles.PERSON_CLAIM);
            if (partner) {
                scopes = scopes(jwt.getClaim(Roles.SCOPE_CLAIM));
            }
        }
        return new Caller(identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                identity.hasRole(Roles.ADMIN), identity.hasRole(Roles.STAFF), identity.hasRole(Roles.DOCTOR),
                identity.hasRole(Roles.RESIDENT), institution, doctor, person, partner, scopes);
    }

    private static Optional<UUID> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? Optional.empty() : Ids.parse(value.toString().replace("\"", ""));
    }

    /** The scopes of a {@code scope} claim; names outside the catalogue grant nothing. */
    private static Set<Scope> scopes(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        return Arrays.stream(claim.toString().replace("\"", "").trim().split("\\s+"))
                .map(Scope::of).flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet());
    }

    /** The signed-in account (for a partner, its app): the token's subject. */
    public UUID accountId() {
        return Ids.parse(subject).orElseThrow(() -> new ProblemException(ProblemCode.UNAUTHENTICATED));
    }

    /** The role as records name it: ADMIN, STAFF, DOCTOR, PARTNER or RESIDENT. */
    public String roleName() {
        if (admin) {
            return "ADMIN";
        }
        if (staff) {
            return "STAFF";
        }
        if (doctor) {
            return "DOCTOR";
        }
        return partner ? "PARTNER" : "RESIDENT";
    }

    /** Admins act anywhere; staff only within their own institution. */
    public boolean mayManage(UUID institution) {
        return admin || (staff && institutionId.filter(institution::equals).isPresent());
    }

    /** A partner app holding this scope. */
    public boolean hasScope(Scope scope) {
        return partner && scopes.contains(scope);
    }

    /**
     * This caller, if it is a partner app granted {@code scope}; otherwise a 403 {@code SCOPE_MISSING}
     * naming the scope needed. Partner resources call it first.
     */
    public Caller requireScope(Scope scope) {
        if (!hasScope(scope)) {
            throw new ProblemException(ProblemCode.SCOPE_MISSING, Map.of("requiredScope", scope.value()), scope.value());
        }
        return this;
    }

    /** A partner app acts at its own institution only, or anywhere in the district when bound to none. */
    public boolean partnerActsAt(UUID institution) {
        return partner && institutionId.map(institution::equals).orElse(true);
    }
}
