package io.jiayi.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Records what residents must be told (a stopped clinic, a hold from the waitlist, ...); a later
 * change delivers the records over real channels. Call inside a transaction.
 */
@ApplicationScoped
public class Notifications {

    /** To a resident account, about a booking (or nothing in particular); call inside a transaction. */
    public Uni<Void> record(UUID accountId, String kind, UUID bookingId, String text, OffsetDateTime at) {
        return toResident(accountId, kind, bookingId, null, text, at);
    }

    /** To a resident account, about a referral; call inside a transaction. */
    public Uni<Void> recordReferral(UUID accountId, String kind, UUID referralId, String text, OffsetDateTime at) {
        return toResident(accountId, kind, null, referralId, text, at);
    }

    private Uni<Void> toResident(UUID accountId, String kind, UUID bookingId, UUID referralId, String text,
            OffsetDateTime at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO notification (id, account_id, kind, booking_id, referral_id, text, created_at)
                VALUES (:id, :account, :kind, :booking, :referral, :text, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("account", accountId).setParameter("kind", kind)
                .setParameter("booking", bookingId).setParameter("referral", referralId).setParameter("text", text)
                .setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    /** To the staff account of a doctor (none is recorded for a doctor without one); call inside a transaction. */
    public Uni<Void> recordForDoctor(UUID doctorId, String kind, UUID referralId, String text, OffsetDateTime at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO notification (id, staff_account_id, kind, referral_id, text, created_at)
                SELECT gen_random_uuid(), id, :kind, :referral, :text, :at FROM staff_account WHERE doctor_id = :doctor""")
                .setParameter("doctor", doctorId).setParameter("kind", kind).setParameter("referral", referralId)
                .setParameter("text", text).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
