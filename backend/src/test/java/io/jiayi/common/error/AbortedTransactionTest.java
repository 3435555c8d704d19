package io.jiayi.common.error;

import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.BookingFixtures;
import io.jiayi.support.BehindARowLock;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A transaction PostgreSQL aborts to break a deadlock is a "try again", not a server error. */
@QuarkusTest
class AbortedTransactionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestTheDatabaseAbortsToBreakADeadlockIsToldToRetryAndChangesNothing() throws Exception {
        Map<String, String> clinic = BookingFixtures.clinic(BookingFixtures.inDays(2), 1);
        Registered resident = Residents.registered();
        String id = BookingFixtures.lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201)
                .extract().path("id");
        String cancel = "/api/v1/bookings/" + id + "/cancel";
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement patient = other.createStatement()) {
                // This side checks for deadlocks last, so PostgreSQL aborts the request's side.
                patient.execute("SET LOCAL deadlock_timeout = '60s'");
            }
            BehindARowLock.lock(other, "slot", clinic.get("slot1"));
            int waiting = BehindARowLock.waitersOnLocks(dataSource);
            Future<ValidatableResponse> cancelled = pool.submit(() -> resident.request().post(cancel).then());
            // The cancellation holds the booking and waits for the slot; taking the booking closes the circle.
            BehindARowLock.awaitWaiters(dataSource, waiting + 1);
            BehindARowLock.lock(other, "booking", id);
            other.rollback();
            cancelled.get().statusCode(503).header("Retry-After", "1").body("code", is("SERVICE_UNAVAILABLE"));
        } finally {
            pool.shutdownNow();
        }
        // Nothing of the aborted request was written: the hold is still there, and the retry cancels it.
        resident.request().post(cancel).then().statusCode(200).body("status", is("CANCELLED"));
    }
}
