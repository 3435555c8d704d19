package io.jiayi.identity.realname;

/**
 * A resident identity card number that cannot be one. The message never holds the number, so
 * the exception can be logged and mapped to a problem as it is.
 */
public class InvalidIdNumberException extends RuntimeException {

    /** What is wrong, so the resident can be told which part to check. */
    public enum Reason {
        /** Not 17 digits followed by a digit or X. */
        FORMAT,
        /** The region code starts with a digit no region has. */
        REGION,
        /** The birth date is no calendar date, lies in the future or before 1900. */
        BIRTH_DATE,
        /** The check digit does not match: most often a mistyped digit. */
        CHECK_DIGIT
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
