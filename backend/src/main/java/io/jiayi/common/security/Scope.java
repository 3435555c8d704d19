package io.jiayi.common.security;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The catalogue of scopes a partner app may be granted, as OAuth2 names them
 * ({@code resource:action}). Tokens carry them space-separated in the {@code scope} claim
 * (RFC 9068). The partner_app table checks the same list, and the OAuth2 scheme of the contract
 * (META-INF/openapi.yaml) describes each.
 */
public enum Scope {
    /** Check a booking in with its check-in code (a kiosk, a hospital's own system). */
    BOOKINGS_CHECK_IN("bookings:check-in", false),
    /** Push lab and exam reports of the partner's own institution (so only an app bound to one holds it). */
    REPORTS_PUSH("reports:push", true);

    private final String value;
    private final boolean institutionOnly;

    Scope(String value, boolean institutionOnly) {
        this.value = value;
        this.institutionOnly = institutionOnly;
    }

    /** Only an app bound to an institution may hold it: it acts for that institution's own records. */
    public boolean institutionOnly() {
        return institutionOnly;
    }

    /** The scope as tokens and requests write it, e.g. {@code bookings:check-in}. */
    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<Scope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
