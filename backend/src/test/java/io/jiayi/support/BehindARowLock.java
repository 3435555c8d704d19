package io.jiayi.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

/**
 * Makes two requests meet at one row in a chosen order, every run: the test holds the row's lock,
 * sends the first request and waits until it waits for that lock, then the second likewise, then
 * lets go. A race that needs "the first one has read, the second one has not yet written" happens
 * each time rather than once in a hundred runs. No sleeps: PostgreSQL says who waits.
 */
public final class BehindARowLock {

    private BehindARowLock() {
    }

    /** Returns the two answers in the order the calls were sent. {@code table} is a trusted test literal. */
    public static <T> List<T> run(DataSource dataSource, String table, String id, Callable<T> first, Callable<T> second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            lock(blocker, table, id);
            int waiting = waitersOnLocks(dataSource);
            Future<T> one = pool.submit(first);
            awaitWaiters(dataSource, waiting + 1);
            Future<T> two = pool.submit(second);
            awaitWaiters(dataSource, waiting + 2);
            blocker.rollback();
            return List.of(one.get(), two.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Takes the row's lock in the connection's open transaction; {@code table} is a trusted test literal. */
    public static void lock(Connection connection, String table, String id) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, UUID.fromString(id));
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no " + table + " " + id);
                }
            }
        }
    }

    /** Returns once this many statements of the database wait for a lock. */
    public static void awaitWaiters(DataSource dataSource, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (waitersOnLocks(dataSource) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " statements waited for a lock");
            }
        }
    }

    /** How many statements of the database wait for a lock now. */
    public static int waitersOnLocks(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement waiting = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
                ResultSet row = waiting.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
