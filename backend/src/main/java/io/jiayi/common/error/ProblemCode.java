package io.jiayi.common.error;

import java.net.URI;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The catalogue of stable problem codes. A code never changes with the language; its
 * Chinese and English texts live in {@code messages/problems*.properties} under the code.
 */
@Schema(name = "ProblemCode", description = "Stable problem codes; they never change with the language.")
public enum ProblemCode {
    VALIDATION_FAILED(400),
    MALFORMED_JSON(400),
    WRONG_TYPE(400),
    UNKNOWN_ENUM_VALUE(400),
    UNKNOWN_PROPERTY(400),
    MISSING_BODY(400),
    INVALID_PARAMETER(400),
    INVALID_PAGING(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    RESOURCE_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    INSTITUTION_CODE_TAKEN(409),
    DEPARTMENT_CODE_TAKEN(409),
    DOCTOR_CODE_TAKEN(409),
    INVALID_INSTITUTION_PARENT(422),
    STREET_ALREADY_SERVED(422),
    DEPARTMENT_OF_OTHER_INSTITUTION(422),
    TEAM_OF_OTHER_INSTITUTION(422),
    UNKNOWN_REFERENCE(422),
    SMS_CODE_INVALID(401),
    SMS_CODE_EXPIRED(401),
    SMS_CODE_TRIES_EXCEEDED(401),
    SMS_RESEND_TOO_SOON(429),
    SMS_DAILY_LIMIT_REACHED(429),
    TOO_MANY_REQUESTS_FROM_ADDRESS(429),
    INVALID_CREDENTIALS(401),
    ACCOUNT_LOCKED(429),
    REFRESH_TOKEN_INVALID(401),
    REFRESH_TOKEN_REUSED(401),
    USERNAME_TAKEN(409),
    DOCTOR_ACCOUNT_EXISTS(409),
    DOCTOR_OF_OTHER_INSTITUTION(422),
    INVALID_ID_NUMBER(400),
    ID_NUMBER_ALREADY_REGISTERED(409),
    REAL_NAME_ALREADY_REGISTERED(409),
    REAL_NAME_REQUIRED(422),
    REAL_NAME_MISMATCH(422),
    HEALTH_DATA_CONSENT_REQUIRED(422),
    MEMBER_LIMIT_REACHED(422),
    MEMBER_IS_SELF(422),
    MEMBER_ALREADY_ADDED(409),
    GUARDIAN_DECLARATION_REQUIRED(422),
    MEMBER_PHONE_REQUIRED(422),
    MEMBER_NOT_PENDING(409),
    CONSENT_CODE_INVALID(422),
    CONSENT_CODE_EXPIRED(422),
    CONSENT_CODE_TRIES_EXCEEDED(422),
    AGREEMENT_NOT_ACCEPTED(422),
    NOT_A_FAMILY_DOCTOR(422),
    INVALID_SIGNING_COMBINATION(422),
    APPLICATION_ALREADY_PENDING(409),
    ALREADY_SIGNED_WITH_DOCTOR(422),
    HOUSEHOLD_SIGNING_BLOCKED(422),
    APPLICATION_NOT_PENDING(409),
    DOCTOR_PANEL_FULL(422),
    SIGNING_NOT_ACTIVE(409),
    CAPACITY_BELOW_SIGNED(422),
    KEY_POPULATION_DERIVED(422),
    SCHEDULE_OVERLAP(409),
    NOT_YET_OPEN(422),
    BOOKING_CLOSED(422),
    CLINIC_PAUSED(422),
    CLINIC_STOPPED(422),
    SERVICE_UNAVAILABLE(503),
    INTERNAL_ERROR(500);

    private static final String TYPE_BASE = "https://problems.jiayi.changning.local/";

    private final int status;

    ProblemCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** A stable URI per code, as RFC 9457's {@code type} asks. */
    public URI type() {
        return URI.create(TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
