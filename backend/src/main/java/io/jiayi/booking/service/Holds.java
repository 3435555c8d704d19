package io.jiayi.booking.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.Booking;
import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.BookingLimits;
import io.jiayi.booking.BookingRule;
import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.PayAtClinic;
import io.jiayi.booking.Pool;
import io.jiayi.booking.ReleasePolicy;
import io.jiayi.booking.Slot;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.error.Constraints;
import io.jiayi.identity.realname.PersonRepository;
import io.jiayi.identity.access.PatientAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Writes a hold to PostgreSQL for a unit the gate gave out (to a lock, or to the first person
 * waiting). PostgreSQL has the last word: the transaction checks again that the patient may be
 * acted for, that the slot is bookable, the restriction and the patient's limits (one patient at
 * a time), and takes the unit only if the slot's counter allows it. The caller gives the unit
 * back to the gate when this fails.
 */
@ApplicationScoped
public class Holds {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    /**
     * A unit from the gate to be written for a patient: from the public pool (a lock, or a hand-out
     * to {@code waitlistEntryId}) or the referral pool. A booking made through a referral carries its
     * id and priority flags; {@code alsoInTransaction} runs in the same transaction after the insert.
     */
    public record Unit(UUID accountId, UUID slotId, UUID patientId, int sequenceNo, long fencingToken,
            UUID waitlistEntryId, Pool pool, UUID referralId, String priorityFlags,
            java.util.function.Function<Booking, Uni<Void>> alsoInTransaction, boolean selfByToken,
            boolean mayBeWaiting) {

        public Unit(UUID accountId, UUID slotId, UUID patientId, int sequenceNo, long fencingToken, UUID waitlistEntryId) {
            this(accountId, slotId, patientId, sequenceNo, fencingToken, waitlistEntryId, Pool.PUBLIC, null, null, null,
                    false, true);
        }

        /** A lock's unit: {@code selfByToken} when the token names the patient as the caller's own. */
        public static Unit locked(UUID accountId, UUID slotId, UUID patientId, SlotGate.Taken taken, boolean selfByToken) {
            return new Unit(accountId, slotId, patientId, taken.sequenceNo(), taken.fencingToken(), null, Pool.PUBLIC, null,
                    null, null, selfByToken, taken.wasWaiting());
        }
    }

    private final BookingRules rules;
    private final PatientAccess patientAccess;
    private final PersonRepository persons;
    private final Restrictions restrictions;
    private final io.jiayi.booking.Notifications notifications;
    private final BookingConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Holds(BookingRules rules, PatientAccess patientAccess, PersonRepository persons, Restrictions restrictions,
            io.jiayi.booking.Notifications notifications, BookingConfig config, Clock clock) {
        this.notifications = notifications;
        this.rules = rules;
        this.patientAccess = patientAccess;
        this.persons = persons;
        this.restrictions = restrictions;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Booking> write(Unit unit) {
        // A signed token naming the patient as the caller's own is proof enough (that link never changes).
        Uni<?> mayActFor = unit.selfByToken() ? Uni.createFrom().voidItem()
                : patientAccess.actFor(unit.accountId(), unit.patientId());
        return mayActFor.flatMap(acting -> slot(unit.slotId()))
                .flatMap(slot -> rules.inForce(slot.schedule.institution.id).flatMap(rule -> {
                    refuseIfClosed(slot, rule);
                    return serialisePatient(unit.patientId())
                            .flatMap(ignored -> checkPatient(slot, unit.patientId()))
                            .flatMap(ignored -> insert(unit, slot));
                }))
                .onFailure(failure -> Constraints.violated(failure, "booking_one_live_per_patient_and_slot"))
                .transform(failure -> new ProblemException(ProblemCode.ALREADY_BOOKED_SLOT));
    }

    /** Slot facts as PostgreSQL has them now; call inside a session. */
    Uni<Slot> slot(UUID slotId) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from Slot t join fetch t.schedule s join fetch s.doctor"
                        + " join fetch s.department join fetch s.institution where t.id = ?1", Slot.class)
                .setParameter(1, slotId).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("slot"));
    }

    /** Refuses a slot that is not bookable now: not yet released, past the cut-off, or its clinic paused or stopped. */
    void refuseIfClosed(Slot slot, BookingRule rule) {
        Instant now = clock.instant();
        var verdict = ReleasePolicy.check(now, slot.startsAt.toInstant(), slot.schedule.clinicDate, slot.schedule.status,
                rule.horizonDays, rule.releaseTime, rule.bookingCutoffMinutes, clock.getZone());
        refuse(verdict, now);
    }

    static void refuse(ReleasePolicy.Verdict verdict, Instant now) {
        if (verdict instanceof ReleasePolicy.NotYetOpen notYet) {
            throw new ProblemException(ProblemCode.NOT_YET_OPEN,
                    Map.of("opensAt", notYet.opensAt().toString(), "serverTime", now.toString()));
        }
        if (verdict instanceof ReleasePolicy.Closed closed) {
            throw new ProblemException(closed.code());
        }
    }

    /** One patient's requests are decided one at a time, so parallel requests cannot pass a limit together. */
    Uni<Void> serialisePatient(UUID patientId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:person, 0))")
                .setParameter("person", patientId.toString()).getSingleResult()).replaceWithVoid();
    }

    /**
     * The booking limits on the patient's bookings. A checked-in visit still counts for the
     * doctor's day (as at the gate, which keeps one unit per patient and schedule); only
     * held and confirmed bookings count as active for the department and overall limits.
     */
    Uni<Void> checkPatient(Slot slot, UUID patientId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One round trip: a winner's transaction at a release waits for each one behind the losers.
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT count(*) FILTER (WHERE doctor_id = :doctor AND clinic_date = :date),
                       count(*) FILTER (WHERE department_id = :department AND status <> 'CHECKED_IN'),
                       count(*) FILTER (WHERE status <> 'CHECKED_IN'),
                       count(*) FILTER (WHERE slot_id = :slot AND status <> 'CHECKED_IN'),
                       (SELECT max(r.ends_at) FROM booking_restriction r WHERE r.person_id = :person
                           AND r.lifted_at IS NULL AND r.starts_at <= :now AND r.ends_at > :now)
                FROM booking WHERE person_id = :person AND status IN ('HELD', 'CONFIRMED', 'CHECKED_IN')""", Object[].class)
                .setParameter("doctor", slot.schedule.doctor.id).setParameter("date", slot.schedule.clinicDate)
                .setParameter("department", slot.schedule.department.id).setParameter("slot", slot.id)
                .setParameter("person", patientId).setParameter("now", now).getSingleResult())
                .invoke(row -> {
                    if (row[4] != null) {
                        throw restrictions.refusal(io.jiayi.common.persistence.SqlValues.offsetDateTime(row[4]));
                    }
                    if (((Number) row[3]).longValue() > 0) {
                        throw new ProblemException(ProblemCode.ALREADY_BOOKED_SLOT);
                    }
                    BookingLimits.refusal(new BookingLimits.Counts(((Number) row[0]).longValue(),
                            ((Number) row[1]).longValue(), ((Number) row[2]).longValue()),
                            config.limitPerDoctorPerDay(), config.limitPerDepartment(), config.limitTotal())
                            .ifPresent(code -> {
                                throw new ProblemException(code);
                            });
                })
                .replaceWithVoid();
    }

    /**
     * Writes the hold. The slot's counter is taken last, so its row lock is held only until the
     * commit that follows: at a release the winners of one slot queue on that row, and what they
     * do while holding it decides how fast they all get through.
     */
    private Uni<Booking> insert(Unit unit, Slot slot) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> persons.findById(unit.patientId())
                .flatMap(person -> {
                    Booking booking = new Booking();
                    booking.id = UUID.randomUUID();
                    booking.bookingNo = "BK-" + NUMBER_DATE.format(slot.schedule.clinicDate) + "-" + randomText(10);
                    booking.slot = slot;
                    booking.scheduleId = slot.schedule.id;
                    booking.person = person;
                    booking.accountId = unit.accountId();
                    booking.doctorId = slot.schedule.doctor.id;
                    booking.departmentId = slot.schedule.department.id;
                    booking.clinicDate = slot.schedule.clinicDate;
                    booking.pool = unit.pool();
                    booking.referralId = unit.referralId();
                    booking.priorityFlags = unit.priorityFlags();
                    booking.sequenceNo = unit.sequenceNo();
                    booking.fencingToken = unit.fencingToken();
                    booking.status = BookingStatus.HELD;
                    booking.heldUntil = now.plus(config.holdTime());
                    booking.checkInCode = String.format("%06d", random.nextInt(1_000_000));
                    booking.payment = PayAtClinic.METHOD;
                    booking.createdAt = now;
                    return session.persist(booking).call(session::flush).replaceWith(booking);
                })
                .call(booking -> fillWaitlistEntry(unit, booking, now))
                .call(booking -> unit.alsoInTransaction() == null ? Uni.createFrom().voidItem()
                        : unit.alsoInTransaction().apply(booking))
                // A hold in the schedule ends the patient's other wait there (the gate said whether there is one).
                .call(booking -> !unit.mayBeWaiting() ? Uni.createFrom().voidItem() : session.createNativeQuery("""
                        UPDATE waitlist_entry SET status = 'CLOSED', end_reason = 'BOOKED_IN_SCHEDULE', ended_at = :now
                        WHERE schedule_id = :schedule AND person_id = :person AND status = 'WAITING'""")
                        .setParameter("now", now).setParameter("schedule", slot.schedule.id)
                        .setParameter("person", unit.patientId()).executeUpdate())
                .call(booking -> session.createNativeQuery(unit.pool() == Pool.REFERRAL
                        ? "UPDATE slot SET referral_taken = referral_taken + 1"
                                + " WHERE id = :slot AND referral_taken < referral_capacity AND NOT referral_released"
                        : "UPDATE slot SET public_taken = public_taken + 1 WHERE id = :slot AND public_taken < public_capacity")
                        .setParameter("slot", slot.id).executeUpdate()
                        .invoke(updated -> {
                            if (updated == 0) {
                                // The gate let one more through than the database holds: the database decides.
                                throw new ProblemException(ProblemCode.SLOT_SOLD_OUT);
                            }
                        })));
    }

    private Uni<Void> fillWaitlistEntry(Unit unit, Booking booking, OffsetDateTime now) {
        if (unit.waitlistEntryId() == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE waitlist_entry SET status = 'OFFERED', booking_id = :booking, ended_at = :now
                WHERE id = :entry AND status = 'WAITING'""")
                .setParameter("booking", booking.id).setParameter("now", now).setParameter("entry", unit.waitlistEntryId())
                .executeUpdate())
                .invoke(changed -> {
                    if (changed == 0) {
                        throw new ProblemException(ProblemCode.WAITLIST_ENTRY_NOT_WAITING);
                    }
                })
                .call(() -> notifications.record(unit.accountId(), "WAITLIST_HOLD", booking.id,
                        "您候补的号源已为您锁定（就诊序号 " + booking.sequenceNo + "），请在 "
                                + booking.heldUntil.atZoneSameInstant(clock.getZone()).toLocalTime().withNano(0)
                                + " 前确认，逾期将让给下一位候补者。", now))
                .replaceWithVoid();
    }

    private String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }
}
