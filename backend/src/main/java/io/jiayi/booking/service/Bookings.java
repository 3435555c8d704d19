package io.jiayi.booking.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.Booking;
import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.BookingLimits;
import io.jiayi.booking.BookingRule;
import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.PayAtClinic;
import io.jiayi.booking.PaymentStep;
import io.jiayi.booking.Pool;
import io.jiayi.booking.ReleasePolicy;
import io.jiayi.booking.Slot;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.rest.BookingModels.Patient;
import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.privacy.Masking;
import io.jiayi.directory.rest.Refs;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.identity.realname.PersonRepository;
import io.jiayi.identity.realname.RealNames;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Lock-then-confirm booking. A lock checks the patient and the slot in PostgreSQL, takes a unit
 * at the Redis gate, then writes the hold in the same transaction, conditional on the slot's
 * counter; if that write fails the unit goes back to the gate. The answer comes after commit.
 */
@ApplicationScoped
public class Bookings implements PanacheRepositoryBase<Booking, UUID> {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final String FULL = "from Booking b join fetch b.slot t join fetch t.schedule s join fetch s.doctor"
            + " join fetch s.department join fetch s.institution join fetch b.person";

    private final SlotGate gate;
    private final SlotDirectory slots;
    private final GateCounters counters;
    private final BookingRules rules;
    private final PatientAccess patientAccess;
    private final PersonRepository persons;
    private final RealNames realNames;
    private final PaymentStep payment;
    private final Restrictions restrictions;
    private final BookingConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Bookings(SlotGate gate, SlotDirectory slots, GateCounters counters, BookingRules rules, PatientAccess patientAccess,
            PersonRepository persons, RealNames realNames, PaymentStep payment, Restrictions restrictions,
            BookingConfig config, Clock clock) {
        this.gate = gate;
        this.slots = slots;
        this.counters = counters;
        this.rules = rules;
        this.patientAccess = patientAccess;
        this.persons = persons;
        this.realNames = realNames;
        this.payment = payment;
        this.restrictions = restrictions;
        this.config = config;
        this.clock = clock;
    }

    /** Fails with SLOT_SOLD_OUT when the gate counts no unit left; passes when it has some or is rebuilding. */
    public Uni<Void> refuseIfSoldOut(UUID slotId) {
        return slots.scheduleOf(slotId)
                .flatMap(scheduleId -> gate.left(scheduleId, slotId))
                .invoke(left -> {
                    if (left.isPresent() && left.get() <= 0) {
                        throw new ProblemException(ProblemCode.SLOT_SOLD_OUT);
                    }
                })
                .replaceWithVoid();
    }

    /** The gate's count for a slot: one Redis call once the slot's schedule is known. */
    public Uni<io.jiayi.booking.rest.BookingModels.Availability> availability(UUID slotId) {
        return slots.scheduleOf(slotId).flatMap(scheduleId -> gate.left(scheduleId, slotId))
                .map(left -> new io.jiayi.booking.rest.BookingModels.Availability(slotId.toString(), left.orElse(0),
                        left.isPresent()));
    }

    /**
     * Locks one unit: patient checks in PostgreSQL, a unit from the gate, then the conditional
     * write. Callers ask {@link #refuseIfSoldOut} first, so a race's losers never open a transaction.
     */
    @WithTransaction
    public Uni<BookingView> lock(UUID accountId, UUID slotId, UUID patientId) {
        return patientAccess.actFor(accountId, patientId)
                .flatMap(acting -> Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("from Slot t join fetch t.schedule s join fetch s.doctor"
                                + " join fetch s.department join fetch s.institution where t.id = ?1", Slot.class)
                        .setParameter(1, slotId).getSingleResultOrNull()))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("slot"))
                .flatMap(slot -> rules.inForce(slot.schedule.institution.id).flatMap(rule -> {
                    refuseIfClosed(slot, rule);
                    return serialisePatient(patientId)
                            .flatMap(ignored -> restrictions.refuseIfRestricted(patientId))
                            .flatMap(ignored -> checkPatient(slot, patientId))
                            .flatMap(ignored -> gate.take(slot.schedule.id, slot.id))
                            .flatMap(take -> {
                                if (take instanceof SlotGate.Taken taken) {
                                    return write(accountId, patientId, slot, taken)
                                            .onFailure().call(() -> gate.giveBack(slot.schedule.id, slot.id));
                                }
                                if (take instanceof SlotGate.SoldOut) {
                                    return Uni.createFrom().<Booking> failure(new ProblemException(ProblemCode.SLOT_SOLD_OUT));
                                }
                                // Counters lost (a Redis restart): rebuild them from the database, ask to retry.
                                return counters.rebuild(slot.schedule.id).replaceWith(Uni.createFrom().<Booking> failure(
                                        new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, Map.of(),
                                                Map.of("Retry-After", "1"))));
                            });
                }))
                .onFailure(failure -> Constraints.violated(failure, "booking_one_live_per_patient_and_slot"))
                .transform(failure -> new ProblemException(ProblemCode.ALREADY_BOOKED_SLOT))
                .map(this::view);
    }

    @WithTransaction
    public Uni<BookingView> confirm(UUID accountId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return owned(accountId, bookingId).flatMap(booking -> {
            if (booking.status == BookingStatus.CONFIRMED) {
                return Uni.createFrom().item(booking);
            }
            if (booking.status != BookingStatus.HELD) {
                throw new ProblemException(ProblemCode.BOOKING_NOT_ACTIVE);
            }
            if (!booking.heldUntil.isAfter(now)) {
                throw new ProblemException(ProblemCode.HOLD_EXPIRED);
            }
            return payment.pay(booking).map(method -> {
                booking.payment = method;
                booking.status = BookingStatus.CONFIRMED;
                booking.confirmedAt = now;
                return booking;
            });
        }).map(this::view);
    }

    /** Cancels before the institution's deadline; the unit goes back to the pool it came from. */
    public Uni<BookingView> cancel(UUID accountId, UUID bookingId) {
        return cancelInDatabase(accountId, bookingId)
                .call(booking -> gate.giveBack(booking.slot.schedule.id, booking.slot.id).onFailure().recoverWithNull())
                .map(this::view);
    }

    @WithTransaction
    Uni<Booking> cancelInDatabase(UUID accountId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return owned(accountId, bookingId).flatMap(booking -> {
            if (booking.status != BookingStatus.HELD && booking.status != BookingStatus.CONFIRMED) {
                throw new ProblemException(ProblemCode.BOOKING_NOT_ACTIVE);
            }
            return rules.inForce(booking.slot.schedule.institution.id).flatMap(rule -> {
                if (!now.toInstant().isBefore(cancelDeadline(booking, rule))) {
                    throw new ProblemException(ProblemCode.CANCELLATION_CLOSED);
                }
                booking.status = BookingStatus.CANCELLED;
                booking.endedAt = now;
                return returnUnit(booking.slot.id, booking.pool).replaceWith(booking);
            });
        });
    }

    /** The holder keeps the booking at the clinic's new time. */
    @WithTransaction
    public Uni<BookingView> acceptMove(UUID accountId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return owned(accountId, bookingId).map(booking -> {
            if (!booking.awaitsMoveAnswer()) {
                throw new ProblemException(ProblemCode.NO_MOVE_OFFERED);
            }
            booking.moveAnsweredAt = now;
            return booking;
        }).map(this::view);
    }

    /** The holder declines the new time: the booking is cancelled, whatever the deadline, and its unit returns. */
    public Uni<BookingView> declineMove(UUID accountId, UUID bookingId) {
        return declineInDatabase(accountId, bookingId)
                .call(booking -> gate.giveBack(booking.slot.schedule.id, booking.slot.id).onFailure().recoverWithNull())
                .map(this::view);
    }

    @WithTransaction
    Uni<Booking> declineInDatabase(UUID accountId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return owned(accountId, bookingId).flatMap(booking -> {
            if (!booking.awaitsMoveAnswer()) {
                throw new ProblemException(ProblemCode.NO_MOVE_OFFERED);
            }
            booking.moveAnsweredAt = now;
            booking.status = BookingStatus.CANCELLED;
            booking.cancelReason = "MOVE_DECLINED";
            booking.endedAt = now;
            return returnUnit(booking.slot.id, booking.pool).replaceWith(booking);
        });
    }

    @WithSession
    public Uni<PageResponse<BookingView>> mine(UUID accountId, PageRequest page) {
        return find(FULL + " where b.accountId = ?1 order by b.createdAt desc", accountId).page(page.toPanache()).list()
                .flatMap(found -> count("accountId", accountId)
                        .map(total -> PageResponse.of(found, page, total, this::view)));
    }

    private void refuseIfClosed(Slot slot, BookingRule rule) {
        Instant now = clock.instant();
        var verdict = ReleasePolicy.check(now, slot.startsAt.toInstant(), slot.schedule.clinicDate, slot.schedule.status,
                rule.horizonDays, rule.releaseTime, rule.bookingCutoffMinutes, clock.getZone());
        if (verdict instanceof ReleasePolicy.NotYetOpen notYet) {
            throw new ProblemException(ProblemCode.NOT_YET_OPEN,
                    Map.of("opensAt", notYet.opensAt().toString(), "serverTime", now.toString()));
        }
        if (verdict instanceof ReleasePolicy.Closed closed) {
            throw new ProblemException(closed.code());
        }
    }

    /** One patient's requests are decided one at a time, so parallel requests cannot pass a limit together. */
    private Uni<Void> serialisePatient(UUID patientId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:person, 0))")
                .setParameter("person", patientId.toString()).getSingleResult()).replaceWithVoid();
    }

    private Uni<Void> checkPatient(Slot slot, UUID patientId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT count(*) FILTER (WHERE doctor_id = :doctor AND clinic_date = :date),
                       count(*) FILTER (WHERE department_id = :department),
                       count(*),
                       count(*) FILTER (WHERE slot_id = :slot)
                FROM booking WHERE person_id = :person AND status IN ('HELD', 'CONFIRMED')""", Object[].class)
                .setParameter("doctor", slot.schedule.doctor.id).setParameter("date", slot.schedule.clinicDate)
                .setParameter("department", slot.schedule.department.id).setParameter("slot", slot.id)
                .setParameter("person", patientId).getSingleResult())
                .invoke(row -> {
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

    private Uni<Booking> write(UUID accountId, UUID patientId, Slot slot, SlotGate.Taken taken) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "UPDATE slot SET public_taken = public_taken + 1 WHERE id = :slot AND public_taken < public_capacity")
                .setParameter("slot", slot.id).executeUpdate()
                .flatMap(updated -> {
                    if (updated == 0) {
                        // The gate let one more through than the database holds: the database decides.
                        throw new ProblemException(ProblemCode.SLOT_SOLD_OUT);
                    }
                    return persons.findById(patientId);
                })
                .flatMap(person -> {
                    Booking booking = new Booking();
                    booking.id = UUID.randomUUID();
                    booking.bookingNo = "BK-" + NUMBER_DATE.format(slot.schedule.clinicDate) + "-" + randomText(10);
                    booking.slot = slot;
                    booking.scheduleId = slot.schedule.id;
                    booking.person = person;
                    booking.accountId = accountId;
                    booking.doctorId = slot.schedule.doctor.id;
                    booking.departmentId = slot.schedule.department.id;
                    booking.clinicDate = slot.schedule.clinicDate;
                    booking.pool = Pool.PUBLIC;
                    booking.sequenceNo = taken.sequenceNo();
                    booking.fencingToken = taken.fencingToken();
                    booking.status = BookingStatus.HELD;
                    booking.heldUntil = now.plus(config.holdTime());
                    booking.checkInCode = String.format("%06d", random.nextInt(1_000_000));
                    booking.payment = PayAtClinic.METHOD;
                    booking.createdAt = now;
                    return session.persist(booking).call(session::flush).replaceWith(booking);
                }));
    }

    private Uni<Integer> returnUnit(UUID slotId, Pool pool) {
        // A referral unit whose pool was already released goes back to the public pool.
        return Panache.getSession().flatMap(session -> session.createNativeQuery(pool == Pool.PUBLIC
                ? "UPDATE slot SET public_taken = public_taken - 1 WHERE id = :slot AND public_taken > 0"
                : """
                        UPDATE slot SET referral_taken = referral_taken - 1,
                            public_capacity = public_capacity + CASE WHEN referral_released THEN 1 ELSE 0 END,
                            referral_capacity = referral_capacity - CASE WHEN referral_released THEN 1 ELSE 0 END
                        WHERE id = :slot AND referral_taken > 0""")
                .setParameter("slot", slotId).executeUpdate());
    }

    private Instant cancelDeadline(Booking booking, BookingRule rule) {
        if (rule.cancelByPreviousDayAt != null) {
            return booking.clinicDate.minusDays(1).atTime(rule.cancelByPreviousDayAt).atZone(clock.getZone()).toInstant();
        }
        return booking.slot.startsAt.toInstant().minus(Duration.ofMinutes(rule.cancelDeadlineMinutes));
    }

    private Uni<Booking> owned(UUID accountId, UUID bookingId) {
        return find(FULL + " where b.id = ?1 and b.accountId = ?2", bookingId, accountId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("booking"));
    }

    private String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }

    BookingView view(Booking b) {
        var slot = b.slot;
        var schedule = slot.schedule;
        String name = b.person.name;
        String maskedName = name.length() <= 1 ? "*" : name.charAt(0) + "*".repeat(name.length() - 1);
        return new BookingView(b.id.toString(), b.bookingNo, b.status, b.pool, b.sequenceNo, slot.startsAt, slot.endsAt,
                schedule.location, new DoctorSummary(schedule.doctor.id.toString(), schedule.doctor.name, schedule.doctor.title),
                new Refs.DepartmentRef(schedule.department.id.toString(), schedule.department.code, schedule.department.name),
                new Refs.InstitutionRef(schedule.institution.id.toString(), schedule.institution.code, schedule.institution.name),
                new Patient(b.person.id.toString(), maskedName, Masking.idNumber(realNames.idNumberOf(b.person))),
                schedule.feeFen, b.payment, b.checkInCode, b.heldUntil, b.createdAt, b.awaitsMoveAnswer());
    }

}
