package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What a booking's end means for the referral it was made through: the referral may book again
 * (a booked referral goes back to CREATED, an accepted one stays accepted), and the change is
 * recorded in the referral's history. Call inside the transaction that ends the bookings.
 *
 * <p>Every transaction that ends a booking made through a referral takes the referral's row lock
 * before the booking's, as the referral's own decline and cancellation do: taken the other way
 * round, a resident's cancellation and the hospital's decline waited on each other until
 * PostgreSQL aborted one (a 500 to whoever lost).
 */
@ApplicationScoped
public class ReferralLinks {

    private final Clock clock;

    public ReferralLinks(Clock clock) {
        this.clock = clock;
    }

    /** Locks the referral the booking was made through, if any, before the booking itself is read. */
    public Uni<Void> lockForBooking(UUID bookingId) {
        return lock("b.id = :key", bookingId);
    }

    /** Locks the referrals of a schedule's live bookings, before the bookings are read. */
    public Uni<Void> lockForSchedule(UUID scheduleId) {
        return lock("b.schedule_id = :key AND b.status IN ('HELD', 'CONFIRMED')", scheduleId);
    }

    /** Locks the referrals of the holds lapsed at that moment, before the holds are ended. */
    public Uni<Void> lockForLapsedHolds(OffsetDateTime now) {
        return lock("b.status = 'HELD' AND b.held_until <= :key", now);
    }

    private Uni<Void> lock(String bookings, Object key) {
        // Ordered, so that two transactions locking several referrals take them in the same order.
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT r.id FROM referral r WHERE r.id IN (SELECT b.referral_id FROM booking b WHERE " + bookings
                        + ") ORDER BY r.id FOR NO KEY UPDATE OF r")
                .setParameter("key", key).getResultList()).replaceWithVoid();
    }

    public Uni<Void> bookingsEnded(Collection<UUID> bookingIds, String why) {
        if (bookingIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> ids = List.copyOf(bookingIds);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                WITH changed AS (
                    UPDATE referral r SET
                        booking_id = CASE WHEN r.booking_id IN (:ids) THEN NULL ELSE r.booking_id END,
                        exam_booking_id = CASE WHEN r.exam_booking_id IN (:ids) THEN NULL ELSE r.exam_booking_id END,
                        state = CASE WHEN r.state = 'BOOKED'
                                      AND (r.booking_id IS NULL OR r.booking_id IN (:ids))
                                      AND (r.exam_booking_id IS NULL OR r.exam_booking_id IN (:ids))
                                     THEN 'CREATED' ELSE r.state END,
                        updated_at = :now
                    FROM referral old
                    WHERE old.id = r.id AND (r.booking_id IN (:ids) OR r.exam_booking_id IN (:ids))
                    RETURNING r.id, old.state AS from_state, r.state AS to_state)
                INSERT INTO referral_event (id, referral_id, from_state, to_state, action, actor_role, reason, at)
                SELECT gen_random_uuid(), id, from_state, to_state, 'BOOKING_ENDED', 'SYSTEM', :why, :now FROM changed""")
                .setParameter("ids", ids).setParameter("now", now).setParameter("why", why)
                .executeUpdate()).replaceWithVoid();
    }
}
