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
 */
@ApplicationScoped
public class ReferralLinks {

    private final Clock clock;

    public ReferralLinks(Clock clock) {
        this.clock = clock;
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
