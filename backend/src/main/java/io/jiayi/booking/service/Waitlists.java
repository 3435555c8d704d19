package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.rest.BookingModels.WaitlistEntryView;
import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.identity.access.PatientAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Waitlists (候补): a resident waits for a sold-out slot instead of polling for it. Every unit
 * that comes back (a cancellation, a lapsed hold, released referral capacity, a declined move)
 * goes through {@link #giveBack}: the gate's script hands it to the first person waiting or to
 * the pool, never both, and the hold is then written for that person. A hold PostgreSQL refuses
 * (a limit reached meanwhile, booking closed) passes the unit on to the next in line.
 */
@ApplicationScoped
public class Waitlists {

    private static final Logger LOG = Logger.getLogger(Waitlists.class);

    private static final String VIEW = """
            SELECT e.id, e.slot_id, e.person_id, e.status, e.end_reason, e.joined_at, e.ended_at, e.booking_id,
                   b.status AS booking_status, t.starts_at, t.ends_at,
                   (SELECT count(*) FROM waitlist_entry o
                    WHERE o.slot_id = e.slot_id AND o.status = 'WAITING' AND o.place <= e.place) AS position
            FROM waitlist_entry e JOIN slot t ON t.id = e.slot_id LEFT JOIN booking b ON b.id = e.booking_id
            """;

    private final SlotGate gate;
    private final SlotDirectory slots;
    private final Holds holds;
    private final PatientAccess patientAccess;
    private final BookingRules rules;
    private final io.jiayi.booking.Notifications notifications;
    private final BookingConfig config;
    private final Clock clock;

    public Waitlists(SlotGate gate, SlotDirectory slots, Holds holds, PatientAccess patientAccess, BookingRules rules,
            io.jiayi.booking.Notifications notifications, BookingConfig config, Clock clock) {
        this.rules = rules;
        this.gate = gate;
        this.slots = slots;
        this.holds = holds;
        this.patientAccess = patientAccess;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Gives a unit back at the gate (and takes the patient off the schedule's holders); when it
     * goes to someone waiting, writes their hold. Never fails: a unit the gate could not take
     * back is counted again from PostgreSQL by the next reconciliation.
     */
    public Uni<Void> giveBack(UUID scheduleId, UUID slotId, UUID patientId) {
        return gate.giveBack(scheduleId, slotId, patientId)
                .flatMap(returned -> returned.isPresent() && returned.get() instanceof SlotGate.Handed handed
                        ? offer(handed)
                        : Uni.createFrom().voidItem())
                .onFailure().invoke(failure -> LOG.warnf(failure,
                        "A unit of slot %s was not given back at the gate; reconciliation will count it", slotId))
                .onFailure().recoverWithNull();
    }

    /**
     * A booking ended and its unit went back to its pool in PostgreSQL: a referral-pool unit stays
     * with the referral pool (the gate only forgets the holder); any other goes through {@link #giveBack}.
     */
    public Uni<Void> unitBack(io.jiayi.booking.Booking booking) {
        return unitBack(booking.slot.schedule.id, booking.slot.id, booking.person.id,
                booking.pool != io.jiayi.booking.Pool.REFERRAL || booking.slot.referralReleased);
    }

    /** The same, for a unit that went back to the public pool ({@code toPublicPool}) or to the referral pool. */
    public Uni<Void> unitBack(UUID scheduleId, UUID slotId, UUID patientId, boolean toPublicPool) {
        return toPublicPool ? giveBack(scheduleId, slotId, patientId)
                : gate.release(scheduleId, slotId, patientId).onFailure().recoverWithNull();
    }

    /** Units the gate handed out while rebuilding (people were waiting while units were left). */
    public Uni<Void> offerAll(List<SlotGate.Handed> handed) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SlotGate.Handed unit : handed) {
            chain = chain.flatMap(ignored -> offer(unit));
        }
        return chain;
    }

    /** Writes the hold for the person the gate handed a unit to; on refusal the unit passes on. */
    Uni<Void> offer(SlotGate.Handed handed) {
        return waitingEntry(handed.slotId(), handed.patientId()).flatMap(entry -> {
            if (entry == null) {
                // Left or closed in PostgreSQL before the gate heard of it: the next in line.
                return giveBack(handed.scheduleId(), handed.slotId(), handed.patientId());
            }
            return holds.write(new Holds.Unit(entry.accountId(), handed.slotId(), handed.patientId(),
                    handed.sequenceNo(), handed.fencingToken(), entry.id()))
                    .replaceWithVoid()
                    .onFailure(ProblemException.class).recoverWithUni(refusal -> skip(entry.id(),
                            ((ProblemException) refusal).code())
                            .flatMap(ignored -> giveBack(handed.scheduleId(), handed.slotId(), handed.patientId())));
        });
    }

    private record Entry(UUID id, UUID accountId) {
    }

    @WithSession
    Uni<Entry> waitingEntry(UUID slotId, UUID patientId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id, account_id FROM waitlist_entry
                WHERE slot_id = :slot AND person_id = :person AND status = 'WAITING'""", Object[].class)
                .setParameter("slot", slotId).setParameter("person", patientId).getResultList())
                .map(rows -> rows.isEmpty() ? null : new Entry((UUID) rows.get(0)[0], (UUID) rows.get(0)[1]));
    }

    @WithTransaction
    Uni<Void> skip(UUID entryId, ProblemCode reason) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE waitlist_entry SET status = 'SKIPPED', end_reason = :reason, ended_at = :now
                WHERE id = :entry AND status = 'WAITING'""")
                .setParameter("reason", reason.name()).setParameter("now", OffsetDateTime.now(clock))
                .setParameter("entry", entryId).executeUpdate()).replaceWithVoid();
    }

    /**
     * Joins a sold-out slot's waitlist for the resident or a member, within the booking limits and
     * at most {@code waitlistLimit} waits at a time. PostgreSQL records the entry and its place in
     * line first; then the gate, which refuses when units are left or the clinic is closed.
     */
    public Uni<WaitlistEntryView> join(UUID accountId, UUID slotId, UUID patientId) {
        return slots.facts(slotId).flatMap(facts -> joinInDatabase(accountId, slotId, patientId)
                .flatMap(entry -> gate.join(facts.scheduleId(), slotId, patientId, entry.place())
                        .flatMap(joined -> {
                            if (joined instanceof SlotGate.Joined) {
                                return find(accountId, entry.id());
                            }
                            ProblemCode reason = ((SlotGate.Refused) joined).reason();
                            return forget(entry.id()).replaceWith(Uni.createFrom().<WaitlistEntryView> failure(
                                    reason == ProblemCode.SERVICE_UNAVAILABLE ? ProblemException.tryAgainIn(1)
                                            : new ProblemException(reason)));
                        })));
    }

    private record NewEntry(UUID id, long place) {
    }

    @WithTransaction
    Uni<NewEntry> joinInDatabase(UUID accountId, UUID slotId, UUID patientId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = UUID.randomUUID();
        return patientAccess.actFor(accountId, patientId)
                .flatMap(acting -> holds.slot(slotId))
                .flatMap(slot -> rules.inForce(slot.schedule.institution.id).flatMap(rule -> {
                    holds.refuseIfClosed(slot, rule);
                    return holds.serialisePatient(patientId)
                            .flatMap(ignored -> holds.checkPatient(slot, patientId))
                            .flatMap(ignored -> Panache.getSession())
                            .flatMap(session -> session.createNativeQuery(
                                    "SELECT count(*) FROM waitlist_entry WHERE person_id = :person AND status = 'WAITING'",
                                    Long.class).setParameter("person", patientId).getSingleResult()
                                    .flatMap(waiting -> {
                                        if (waiting >= config.waitlistLimit()) {
                                            throw new ProblemException(ProblemCode.WAITLIST_LIMIT_REACHED,
                                                    config.waitlistLimit());
                                        }
                                        return session.createNativeQuery("""
                                                INSERT INTO waitlist_entry
                                                    (id, slot_id, schedule_id, person_id, account_id, status, joined_at)
                                                VALUES (:id, :slot, :schedule, :person, :account, 'WAITING', :now)
                                                RETURNING place""", Long.class)
                                                .setParameter("id", id).setParameter("slot", slotId)
                                                .setParameter("schedule", slot.schedule.id)
                                                .setParameter("person", patientId).setParameter("account", accountId)
                                                .setParameter("now", now).getSingleResult();
                                    }));
                }))
                .map(place -> new NewEntry(id, place))
                .onFailure(failure -> Constraints.violated(failure, "waitlist_one_waiting_per_patient_and_schedule"))
                .transform(failure -> new ProblemException(ProblemCode.ALREADY_WAITING));
    }

    @WithTransaction
    Uni<Void> forget(UUID entryId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("DELETE FROM waitlist_entry WHERE id = :entry AND status = 'WAITING'")
                .setParameter("entry", entryId).executeUpdate()).replaceWithVoid();
    }

    /** Leaving is always possible while waiting. */
    public Uni<WaitlistEntryView> leave(UUID accountId, UUID entryId) {
        return leaveInDatabase(accountId, entryId)
                .call(left -> gate.leave(left.scheduleId(), left.slotId(), left.patientId()))
                .flatMap(left -> find(accountId, entryId));
    }

    private record Left(UUID scheduleId, UUID slotId, UUID patientId) {
    }

    @WithTransaction
    Uni<Left> leaveInDatabase(UUID accountId, UUID entryId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT schedule_id, slot_id, person_id, status FROM waitlist_entry
                WHERE id = :entry AND account_id = :account FOR UPDATE""", Object[].class)
                .setParameter("entry", entryId).setParameter("account", accountId).getResultList()
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("waitlistEntry");
                    }
                    Object[] row = rows.get(0);
                    if (!"WAITING".equals(row[3])) {
                        throw new ProblemException(ProblemCode.WAITLIST_ENTRY_NOT_WAITING);
                    }
                    return session.createNativeQuery(
                            "UPDATE waitlist_entry SET status = 'LEFT', end_reason = 'LEFT_BY_RESIDENT', ended_at = :now"
                                    + " WHERE id = :entry")
                            .setParameter("now", OffsetDateTime.now(clock)).setParameter("entry", entryId)
                            .executeUpdate()
                            .replaceWith(new Left((UUID) row[0], (UUID) row[1], (UUID) row[2]));
                }));
    }

    /** Closes the waits of a stopped clinic and tells each waiting resident; call inside a transaction. */
    public Uni<Integer> closeForStoppedClinic(UUID scheduleId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE waitlist_entry SET status = 'CLOSED', end_reason = 'CLINIC_STOPPED', ended_at = :now
                WHERE schedule_id = :schedule AND status = 'WAITING' RETURNING account_id""", UUID.class)
                .setParameter("now", now).setParameter("schedule", scheduleId).getResultList())
                .flatMap(accounts -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (UUID account : accounts) {
                        chain = chain.flatMap(ignored -> notifications.record(account, "WAITLIST_CLOSED", null,
                                "您候补的门诊已停诊，候补已结束。原因：" + reason, now));
                    }
                    return chain.replaceWith(accounts.size());
                });
    }

    /** Waits end when booking for their slot closes (the cut-off before it starts). Safe on several instances. */
    @Scheduled(every = "${jiayi.booking.waitlist-close-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledClose() {
        return closeDue().onFailure().invoke(failure -> LOG.warn("Waitlists not closed; the next run retries", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<Integer> closeDue() {
        return closeDueInDatabase().flatMap(closed -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Left entry : closed) {
                chain = chain.flatMap(ignored -> gate.leave(entry.scheduleId(), entry.slotId(), entry.patientId()));
            }
            return chain.replaceWith(closed.size());
        });
    }

    @WithTransaction
    Uni<List<Left>> closeDueInDatabase() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                UPDATE waitlist_entry e SET status = 'CLOSED', end_reason = 'BOOKING_CLOSED', ended_at = :now
                FROM slot t JOIN schedule s ON s.id = t.schedule_id
                    LEFT JOIN booking_rule r ON r.institution_id = s.institution_id
                WHERE e.slot_id = t.id AND e.status = 'WAITING'
                  AND t.starts_at - make_interval(mins => coalesce(r.booking_cutoff_minutes, :cutoff)) <= :now
                RETURNING e.schedule_id, e.slot_id, e.person_id""", Object[].class)
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("cutoff", config.defaultBookingCutoffMinutes()).getResultList())
                .map(rows -> rows.stream().map(row -> new Left((UUID) row[0], (UUID) row[1], (UUID) row[2])).toList());
    }

    @WithSession
    public Uni<WaitlistEntryView> find(UUID accountId, UUID entryId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery(VIEW + " WHERE e.id = :entry AND e.account_id = :account", Object[].class)
                .setParameter("entry", entryId).setParameter("account", accountId).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("waitlistEntry");
                    }
                    return view(rows.get(0));
                });
    }

    /** The account's waits (its own and its members'), newest first. */
    @WithSession
    public Uni<PageResponse<WaitlistEntryView>> mine(UUID accountId, PageRequest page) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery(VIEW + " WHERE e.account_id = :account ORDER BY e.joined_at DESC, e.place DESC"
                        + " LIMIT :limit OFFSET :offset", Object[].class)
                .setParameter("account", accountId).setParameter("limit", page.size())
                .setParameter("offset", page.page() * page.size()).getResultList()
                .flatMap(rows -> session.createNativeQuery(
                        "SELECT count(*) FROM waitlist_entry WHERE account_id = :account", Long.class)
                        .setParameter("account", accountId).getSingleResult()
                        .map(total -> PageResponse.of(rows, page, total, Waitlists::view))));
    }

    private static WaitlistEntryView view(Object[] row) {
        String status = (String) row[3];
        String bookingStatus = (String) row[8];
        return new WaitlistEntryView(row[0].toString(), row[1].toString(), row[2].toString(),
                WaitlistEntryView.State.of(status, bookingStatus), (String) row[4],
                "WAITING".equals(status) ? ((Number) row[11]).intValue() : null,
                SqlValues.offsetDateTime(row[9]), SqlValues.offsetDateTime(row[10]), SqlValues.offsetDateTime(row[5]), SqlValues.offsetDateTime(row[6]),
                row[7] == null ? null : row[7].toString());
    }
}
