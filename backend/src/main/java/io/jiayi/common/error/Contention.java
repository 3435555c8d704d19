package io.jiayi.common.error;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a transaction PostgreSQL aborted to let others through: a deadlock broken
 * (40P01) or a serialization failure (40001). Nothing of it was written, so the request may
 * simply be sent again; lock order keeps these rare, this keeps the rare one from being a 500.
 * Also a write refused because its row changed since it was read (a version column).
 */
public final class Contention {

    private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

    private Contention() {
    }

    /**
     * Whether the failure is a write Hibernate refused because the row's version moved since it was
     * read (another change committed in between): nothing was written, the caller may reload and retry.
     */
    public static boolean staleWrite(Throwable failure) {
        return Causes.first(failure, t -> t instanceof org.hibernate.StaleStateException
                || t instanceof jakarta.persistence.OptimisticLockException ? t : null).isPresent();
    }

    /** The SQLSTATE if the failure is such an abort. */
    public static Optional<String> abortedTransaction(Throwable failure) {
        return Causes.first(failure, t -> {
            String state = t instanceof SQLException sql ? sql.getSQLState()
                    : t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState() : null;
            return state != null && RETRYABLE.contains(state) ? state : null;
        });
    }
}
