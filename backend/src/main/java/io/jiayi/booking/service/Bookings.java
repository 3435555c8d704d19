package io.jiayi.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.booking.Booking;
import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.BookingRule;
import io.jiayi.booking.LockGate;
import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.PaymentStep;
import io.jiayi.booking.Pool;
import io.jiayi.booking.ReleasePolicy;
import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.rest.BookingModels.Patient;
import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.privacy.Masking;
import io.jiayi.directory.rest.Refs;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.identity.realname.RealNames;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Lock-then-confirm booking. A lock takes a unit at the Redis gate first, then writes the hold in
 * PostgreSQL (see {@link Holds}); if that write fails the unit goes back to the gate. The answer
 * comes after commit. Units coming back (cancel, declined move) go through the waitlists.
 */
@ApplicationScoped
public class Bookings implements PanacheRepositoryBase<Booking, UUID> {

    private static final String FULL = "from Booking b join fetch b.slot t join fetch t.schedule s join fetch s.doctor"
            + " join fetch s.department join fetch s.institution join fetch b.person";

    private final SlotGate gate;
    private final SlotDirectory slots;
    private final GateCounters counters;
    private final BookingRules rules;
    private final PatientAccess patientAccess;
    private final Holds holds;
    private final Waitlists waitlists;
    private final ReferralLinks referralLinks;
    private final RealNames realNames;
    private final PaymentStep payment;
    private final BookingConfig config;
    private final Clock clock;

    public Bookings(SlotGate gate, SlotDirectory slots, GateCounters counters, BookingRules rules, PatientAccess patientAccess,
            Holds holds, Waitlists waitlists, ReferralLinks referralLinks, RealNames realNames, PaymentStep payment,
            BookingConfig config, Clock clock) {
        this.config = config;
        this.referralLinks = referralLinks;
        this.gate = gate;
        this.slots = slots;
        this.counters = counters;
        this.rules = rules;
        this.patientAccess = patientAccess;
        this.holds = holds;
        this.waitlists = waitlists;
        this.realNames = realNames;
        this.payment = payment;
        this.clock = clock;
    }

    /** The gate's count for a slot: one Redis call once the slot's schedule is known. */
    public Uni<io.jiayi.booking.rest.BookingModels.Availability> availability(UUID slotId) {
        return slots.scheduleOf(slotId).flatMap(scheduleId -> gate.left(scheduleId, slotId))
                .map(left -> new io.jiayi.booking.rest.BookingModels.Availability(slotId.toString(), left.orElse(0),
                        left.isPresent()));
    }

    /**
     * A lock request at the gate: what it was judged on, and what the gate answered ({@code take}
     * is null on the row-lock path, where no gate takes part).
     */
    public record Attempt(UUID accountId, boolean selfByToken, UUID slotId, UUID patientId,
            SlotDirectory.SlotFacts facts, BookingRules.BookingWindow window, SlotGate.Take take) {

        /**
         * No unit left: the most common answer at a release, given before the rate limits and the
         * key (a patient holding one of the slot's units is "holding", not sold out, so a retry of
         * a lock that succeeded still reaches its first answer).
         */
        public boolean soldOut() {
            return take instanceof SlotGate.SoldOut;
        }

        /** The gate refused (the patient holds one of the schedule's units, the clinic is closed, ...): nothing to write. */
        public boolean refusedAtGate() {
            return take != null && !(take instanceof SlotGate.Taken);
        }
    }

    /**
     * Locks one unit (锁号), first step: quick refusals from remembered facts (the patient may be
     * acted for, the slot is released and before its cut-off), then one gate script decides: the
     * clinic is open, the patient holds nothing else in the schedule, a unit is left; it takes the
     * unit and gives it a sequence number and a fencing token. Nothing is written yet: the caller
     * then either {@link #hold}s the attempt or {@link #abandon}s it.
     */
    public Uni<Attempt> attempt(UUID accountId, java.util.Optional<UUID> ownPersonId, UUID slotId, UUID patientId) {
        boolean self = ownPersonId.filter(patientId::equals).isPresent();
        // Acting for oneself (the token names one's own person) needs no lookup before the gate.
        Uni<?> mayActFor = self ? Uni.createFrom().voidItem() : patientAccess.actForRecently(accountId, patientId);
        return mayActFor.flatMap(acting -> slots.facts(slotId))
                .flatMap(facts -> rules.window(facts.institutionId()).flatMap(window -> {
                    Instant now = clock.instant();
                    Holds.refuse(ReleasePolicy.check(now, facts.startsAt(), facts.clinicDate(), ScheduleStatus.OPEN,
                            window.horizonDays(), window.releaseTime(), window.cutoffMinutes(), clock.getZone()), now);
                    if (config.lockGate() == LockGate.DATABASE) {
                        return Uni.createFrom().item(new Attempt(accountId, self, slotId, patientId, facts, window, null));
                    }
                    return gate.take(facts.scheduleId(), slotId, patientId)
                            .map(take -> new Attempt(accountId, self, slotId, patientId, facts, window, take));
                }));
    }

    /**
     * Second step: PostgreSQL checks again with the patient's limits and writes the hold
     * conditional on the slot's counter; a refusal there gives the unit back (to the next person
     * waiting, if any). A gate's refusal becomes its problem here.
     */
    public Uni<BookingView> hold(Attempt attempt) {
        if (attempt.take() == null) {
            return holds.lock(Holds.Unit.rowLocked(attempt.accountId(), attempt.slotId(), attempt.patientId(),
                    attempt.selfByToken()), attempt.facts(), attempt.window());
        }
        if (attempt.take() instanceof SlotGate.Taken taken) {
            return holds.lock(Holds.Unit.locked(attempt.accountId(), attempt.slotId(), attempt.patientId(), taken,
                    attempt.selfByToken()), attempt.facts(), attempt.window())
                    .onFailure().call(() -> abandon(attempt));
        }
        return refusal(attempt);
    }

    /** The problem a gate's refusal stands for. */
    public <T> Uni<T> refusal(Attempt attempt) {
        return counters.refused(attempt.facts().scheduleId(), attempt.slotId(), attempt.take());
    }

    /** The attempt goes no further (a rate limit, or its key answered before): a unit it took goes back. */
    public Uni<Void> abandon(Attempt attempt) {
        return attempt.take() instanceof SlotGate.Taken
                ? waitlists.giveBack(attempt.facts().scheduleId(), attempt.slotId(), attempt.patientId())
                : Uni.createFrom().voidItem();
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
                .call(waitlists::unitBack)
                .map(this::view);
    }

    @WithTransaction
    Uni<Booking> cancelInDatabase(UUID accountId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ownedForEnding(accountId, bookingId).flatMap(booking -> {
            if (booking.status != BookingStatus.HELD && booking.status != BookingStatus.CONFIRMED) {
                throw new ProblemException(ProblemCode.BOOKING_NOT_ACTIVE);
            }
            return rules.inForce(booking.slot.schedule.institution.id).flatMap(rule -> {
                if (!now.toInstant().isBefore(cancelDeadline(booking, rule))) {
                    throw new ProblemException(ProblemCode.CANCELLATION_CLOSED);
                }
                return cancelAndReturnUnit(booking, null, now)
                        .call(() -> referralLinks.bookingsEnded(referralBooking(booking), "CANCELLED_BY_RESIDENT"))
                        .replaceWith(booking);
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
                .call(waitlists::unitBack)
                .map(this::view);
    }

    @WithTransaction
    Uni<Booking> declineInDatabase(UUID accountId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ownedForEnding(accountId, bookingId).flatMap(booking -> {
            if (!booking.awaitsMoveAnswer()) {
                throw new ProblemException(ProblemCode.NO_MOVE_OFFERED);
            }
            booking.moveAnsweredAt = now;
            return cancelAndReturnUnit(booking, "MOVE_DECLINED", now)
                    .call(() -> referralLinks.bookingsEnded(referralBooking(booking), "MOVE_DECLINED"))
                    .replaceWith(booking);
        });
    }

    @WithSession
    public Uni<PageResponse<BookingView>> mine(UUID accountId, PageRequest page) {
        return find(FULL + " where b.accountId = ?1 order by b.createdAt desc", accountId).page(page.toPanache()).list()
                .flatMap(found -> count("accountId", accountId)
                        .map(total -> PageResponse.of(found, page, total, this::view)));
    }

    private static java.util.List<UUID> referralBooking(Booking booking) {
        return booking.referralId == null ? java.util.List.of() : java.util.List.of(booking.id);
    }

    /**
     * Cancels a live booking and gives its unit back to the pool it came from, in PostgreSQL; call
     * inside a transaction. The gate hears of the unit after commit ({@link Waitlists#unitBack}).
     */
    public Uni<Integer> cancelAndReturnUnit(Booking booking, String reason, OffsetDateTime now) {
        booking.status = BookingStatus.CANCELLED;
        booking.cancelReason = reason;
        booking.endedAt = now;
        return returnUnit(booking.slot.id, booking.pool);
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

    /**
     * The caller's booking, read under its row lock for the rest of the transaction: every caller
     * changes its status, and a status read before another change committed would let both pass
     * (eight cancellations at once each answered 200 and each gave the unit back to the gate).
     */
    private Uni<Booking> owned(UUID accountId, UUID bookingId) {
        return find(FULL + " where b.id = ?1 and b.accountId = ?2", bookingId, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("booking"));
    }

    /** As {@link #owned}, for ending the booking: its referral's lock first, as every end takes them. */
    private Uni<Booking> ownedForEnding(UUID accountId, UUID bookingId) {
        return referralLinks.lockForBooking(bookingId).flatMap(locked -> owned(accountId, bookingId));
    }

    BookingView view(Booking b) {
        var slot = b.slot;
        var schedule = slot.schedule;
        return new BookingView(b.id.toString(), b.bookingNo, b.status, b.pool, b.sequenceNo, slot.startsAt, slot.endsAt,
                schedule.location, new DoctorSummary(schedule.doctor.id.toString(), schedule.doctor.name, schedule.doctor.title),
                new Refs.DepartmentRef(schedule.department.id.toString(), schedule.department.code, schedule.department.name),
                new Refs.InstitutionRef(schedule.institution.id.toString(), schedule.institution.code, schedule.institution.name),
                new Patient(b.person.id.toString(), maskedName(b.person.name), Masking.idNumber(realNames.idNumberOf(b.person))),
                schedule.feeFen, b.payment, b.checkInCode, b.heldUntil, b.createdAt, b.awaitsMoveAnswer(),
                b.referralId == null ? null : b.referralId.toString(), priorities(b.priorityFlags));
    }

    /** A patient's name as answers show it: the family name, then one star per character. */
    static String maskedName(String name) {
        return name.length() <= 1 ? "*" : name.charAt(0) + "*".repeat(name.length() - 1);
    }

    static java.util.List<String> priorities(String flags) {
        return flags == null || flags.isBlank() ? java.util.List.of() : java.util.List.of(flags.split(","));
    }

}
