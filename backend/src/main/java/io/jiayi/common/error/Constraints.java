package io.jiayi.common.error;

import java.util.Locale;

/**
 * Recognises which database constraint refused a write. PostgreSQL has the last word on
 * uniqueness: a check before the insert only makes the common case friendly.
 */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
