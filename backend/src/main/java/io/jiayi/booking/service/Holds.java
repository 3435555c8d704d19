package io.jiayi.booking.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

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
import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.booking.rest.BookingModels.Patient;
import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.common.persistence.GroupCommit;
import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.privacy.Masking;
import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.rest.Refs;
import io.jiayi.identity.realname.RealNames;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.jiayi.identity.access.PatientAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
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

    private static final Logger LOG = Logger.getLogger(Holds.class);

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    /**
     * A unit from the gate to be written for a patient: from the public pool (a lock, or a hand-out
     * to {@code waitlistEntryId}) or the referral pool. A booking made through a referral carries its
     * id and priority flags; {@code alsoInTransaction} runs in the same transaction after the insert.
     */
    public record Unit(UUID accountId, UUID slotId, UUID patientId, Integer sequenceNo, long fencingToken,
            UUID waitlistEntryId, Pool pool, UUID referralId, String priorityFlags,
            java.util.function.Function<Booking, Uni<Void>> alsoInTransaction, boolean selfByToken,
            boolean mayBeWaiting) {

        public Unit(UUID accountId, UUID slotId, UUID patientId, Integer sequenceNo, long fencingToken, UUID waitlistEntryId) {
            this(accountId, slotId, patientId, sequenceNo, fencingToken, waitlistEntryId, Pool.PUBLIC, null, null, null,
                    false, true);
        }

        /**
         * A lock on the row-lock path: no gate gave a unit, so the database locks the slot and
         * numbers the booking (no fencing token: no Redis hold to fence).
         */
        public static Unit rowLocked(UUID accountId, UUID slotId, UUID patientId, boolean selfByToken) {
            return new Unit(accountId, slotId, patientId, null, 0, null, Pool.PUBLIC, null, null, null, selfByToken, true);
        }

        /** A lock's unit: {@code selfByToken} when the token names the patient as the caller's own. */
        public static Unit locked(UUID accountId, UUID slotId, UUID patientId, SlotGate.Taken taken, boolean selfByToken) {
            return new Unit(accountId, slotId, patientId, taken.sequenceNo(), taken.fencingToken(), null, Pool.PUBLIC, null,
                    null, null, selfByToken, taken.wasWaiting());
        }
    }

    /**
     * One of a hold's own parameters: its SQL type, and a typed array of its values for the batch
     * (no reflection, for the native image), so the driver sends uuid[], timestamptz[], ...
     */
    private record OwnParameter(String type, IntFunction<Object[]> array) {
    }

    /** A hold's own parameters in the function's order (see {@link #ownValues}); the batch takes an array of each. */
    private static final List<OwnParameter> OWN = List.of(new OwnParameter("uuid", UUID[]::new),
            new OwnParameter("varchar", String[]::new), new OwnParameter("uuid", UUID[]::new),
            new OwnParameter("uuid", UUID[]::new), new OwnParameter("uuid", UUID[]::new),
            new OwnParameter("varchar", String[]::new), new OwnParameter("integer", Integer[]::new),
            new OwnParameter("bigint", Long[]::new), new OwnParameter("timestamptz", OffsetDateTime[]::new),
            new OwnParameter("varchar", String[]::new), new OwnParameter("varchar", String[]::new),
            new OwnParameter("timestamptz", OffsetDateTime[]::new), new OwnParameter("uuid", UUID[]::new),
            new OwnParameter("varchar", String[]::new), new OwnParameter("uuid", UUID[]::new),
            new OwnParameter("boolean", Boolean[]::new), new OwnParameter("timestamptz", OffsetDateTime[]::new));

    /** The patient's three limits (see {@link #limits}), after a hold's own parameters, in every call. */
    private static final int LIMITS = 3;

    private static final String HOLD_CALL = call("booking_hold", "");

    /** The batch: {@code booking_hold_batch} takes each of a hold's own parameters as an array. */
    private static final String HOLD_BATCH_CALL = call("booking_hold_batch", "[]");

    private static String call(String function, String ownSuffix) {
        StringBuilder call = new StringBuilder(function).append('(');
        for (int i = 0; i < OWN.size() + LIMITS; i++) {
            String type = i < OWN.size() ? OWN.get(i).type() + ownSuffix : "integer";
            call.append(i == 0 ? "" : ", ").append("CAST($").append(i + 1).append(" AS ").append(type).append(')');
        }
        return call.append(')').toString();
    }

    /**
     * The hold (see the migration of {@code booking_hold}) as a Hibernate native query, numbered
     * {@code ?n} rather than the driver's {@code $n}; inside a transaction the caller reads what it needs.
     */
    private static final String HOLD_IN_SESSION = ("SELECT outcome, restricted_until, doctor_day, department, total, in_slot, slot_starts_at,"
            + " slot_clinic_date, schedule_status, sequence_no FROM " + HOLD_CALL).replace('$', '?');

    /** The function's answer (its columns in order) and what the booking's answer shows. */
    private static final String VIEW_COLUMNS = "h.outcome, h.restricted_until, h.doctor_day, h.department,"
            + " h.total, h.in_slot, h.slot_starts_at, h.slot_clinic_date, h.schedule_status, h.sequence_no, t.ends_at, s.location, s.fee_fen,"
            + " s.doctor_id, d.name AS doctor_name, d.title AS doctor_title, s.department_id, dp.code AS department_code,"
            + " dp.name AS department_name, s.institution_id, i.code AS institution_code, i.name AS institution_name,"
            + " p.id_number_enc, p.name AS patient_name";

    /** What the answer shows, read for a hold made (names and places do not change with the hold). */
    private static String viewJoins(String slotId, String personId) {
        return " LEFT JOIN slot t ON h.outcome = 'HELD' AND t.id = " + slotId
                + " LEFT JOIN schedule s ON s.id = t.schedule_id"
                + " LEFT JOIN doctor d ON d.id = s.doctor_id"
                + " LEFT JOIN department dp ON dp.id = s.department_id"
                + " LEFT JOIN institution i ON i.id = s.institution_id"
                + " LEFT JOIN person p ON h.outcome = 'HELD' AND p.id = " + personId;
    }

    /** The hold and, in the same statement, what the answer shows. */
    private static final String HOLD_AND_VIEW = "SELECT " + VIEW_COLUMNS + " FROM " + HOLD_CALL + " h"
            + viewJoins("CAST($3 AS uuid)", "CAST($4 AS uuid)");

    /**
     * Several locks' holds in one statement and one commit (see the migrations of
     * {@code booking_hold_batch}, V16 and V17), each row with what its answer shows and its item's number.
     */
    private static final String HOLD_BATCH_AND_VIEW = "SELECT " + VIEW_COLUMNS + ", h.item FROM " + HOLD_BATCH_CALL + " h"
            + viewJoins("(CAST($3 AS uuid[]))[h.item]", "(CAST($4 AS uuid[]))[h.item]") + " ORDER BY h.item";

    /** At most this many holds in one statement; more wait for the next. */
    static final int MAX_BATCH = 64;

    private final BookingRules rules;
    private final PatientAccess patientAccess;
    private final RealNames realNames;
    private final io.vertx.mutiny.sqlclient.Pool database;
    private final Restrictions restrictions;
    private final io.jiayi.booking.Notifications notifications;
    private final BookingConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** The holds of one schedule's locks, written together when they arrive together. */
    private final GroupCommit<UUID, Hold, Row> holdsBySchedule;

    public Holds(BookingRules rules, PatientAccess patientAccess, RealNames realNames, io.vertx.mutiny.sqlclient.Pool database,
            Restrictions restrictions, io.jiayi.booking.Notifications notifications, BookingConfig config, Clock clock,
            MeterRegistry registry) {
        DistributionSummary perStatement = DistributionSummary.builder("jiayi.booking.hold.statement.holds")
                .description("Lock holds written per statement (the winners of a schedule go together)").register(registry);
        Counter failed = Counter.builder("jiayi.booking.hold.batch.failed")
                .description("Hold statements of several holds that failed, their holds then written one by one")
                .register(registry);
        this.holdsBySchedule = new GroupCommit<>(this::writeBatch, this::writeAlone, MAX_BATCH, new GroupCommit.Observer() {
            @Override
            public void sent(int writes) {
                perStatement.record(writes);
            }

            @Override
            public void batchFailed(int writes, Throwable failure) {
                failed.increment();
                LOG.warnf(failure, "A statement of %d holds failed; they are written one by one", writes);
            }
        });
        this.notifications = notifications;
        this.rules = rules;
        this.patientAccess = patientAccess;
        this.realNames = realNames;
        this.database = database;
        this.restrictions = restrictions;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Writes a lock's hold in one round trip, outside any transaction (the database function is
     * atomic): at a release every round trip of a winner waits behind thousands of refusals. The
     * lock decided on remembered facts and the institution's remembered window; the function
     * decides again on the slot as it is now, and a clinic moved since is judged once more here.
     * The holds of one schedule that arrive while its previous statement runs are written together,
     * in one statement and one commit (at a release, 100 holds took the database 60-140 ms one
     * transaction each, queued on the slot rows, and about 15 ms together).
     */
    public Uni<BookingView> lock(Unit unit, SlotDirectory.SlotFacts facts, BookingRules.BookingWindow window) {
        // A signed token naming the patient as the caller's own is proof enough (that link never changes).
        Uni<?> mayActFor = unit.selfByToken() ? Uni.createFrom().voidItem()
                : patientAccess.actForNow(unit.accountId(), unit.patientId());
        return mayActFor.flatMap(acting -> lockAt(unit, facts.scheduleId(), facts.startsAt(), facts.clinicDate(), window,
                true));
    }

    /** One lock's hold as written: its values and the slot's start it was decided on. */
    private record Hold(Written written, Unit unit, Instant expectedStart) {
    }

    private Uni<BookingView> lockAt(Unit unit, UUID scheduleId, Instant expectedStart, LocalDate clinicDate,
            BookingRules.BookingWindow window, boolean mayRetry) {
        Written written = written(clinicDate);
        Hold hold = new Hold(written, unit, expectedStart);
        // A unit the gate numbered goes with the schedule's other winners; the row-lock path's
        // holds lock their slot and number themselves, each in its own statement.
        Uni<Row> answered = unit.sequenceNo() == null ? writeAlone(hold) : holdsBySchedule.submit(scheduleId, hold);
        return answered
                .flatMap(row -> {
                    Outcome outcome = Outcome.of(values(row));
                    if (outcome.moved()) {
                        Instant now = clock.instant();
                        // The clinic moved since the lock's facts were remembered: judge the new time.
                        refuse(ReleasePolicy.check(now, outcome.startsAt().toInstant(), outcome.clinicDate(),
                                ScheduleStatus.OPEN, window.horizonDays(), window.releaseTime(), window.cutoffMinutes(),
                                clock.getZone()), now);
                        if (mayRetry) {
                            return lockAt(unit, scheduleId, outcome.startsAt().toInstant(), outcome.clinicDate(), window,
                                    false);
                        }
                        // Moved twice while this request ran: nothing was written; the retry decides anew.
                        throw new ProblemException(ProblemCode.CONFLICT);
                    }
                    // A hold is already committed here; the window was judged before the gate on these times.
                    if (!outcome.held()) {
                        refuseOutcome(outcome, window.horizonDays(), window.releaseTime(), window.cutoffMinutes());
                    }
                    return Uni.createFrom().item(view(written, unit, row));
                })
                .onFailure(failure -> Constraints.violated(failure, "booking_one_live_per_patient_and_slot"))
                .transform(failure -> new ProblemException(ProblemCode.ALREADY_BOOKED_SLOT));
    }

    private Uni<Row> writeAlone(Hold hold) {
        return database.preparedQuery(HOLD_AND_VIEW).execute(arguments(hold.written(), hold.unit(), hold.expectedStart()))
                .map(rows -> rows.iterator().next());
    }

    /**
     * The batch in slot order (so batches take slot rows in one order), answered in the callers'
     * order; an item without a row (which the function never does) is answered null.
     */
    private Uni<List<Row>> writeBatch(List<Hold> holds) {
        Integer[] order = new Integer[holds.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> holds.get(i).unit().slotId()));
        int n = order.length;
        Object[][] columns = new Object[OWN.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = OWN.get(c).array().apply(n);
        }
        for (int k = 0; k < n; k++) {
            Hold hold = holds.get(order[k]);
            Object[] values = ownValues(hold.written(), hold.unit(), hold.expectedStart());
            for (int c = 0; c < columns.length; c++) {
                columns[c][k] = values[c];
            }
        }
        List<Object> arguments = new ArrayList<>(Arrays.asList((Object[]) columns));
        arguments.addAll(limits());
        return database.preparedQuery(HOLD_BATCH_AND_VIEW).execute(Tuple.from(arguments)).map(rows -> {
            Row[] answers = new Row[n];
            for (Row row : rows) {
                answers[order[row.getInteger("item") - 1]] = row;
            }
            return Arrays.asList(answers);
        });
    }

    /**
     * Writes a hold inside a transaction, for units handed out (a waitlist's first person, a
     * referral): the same function, then what the caller adds in the same transaction. The rule
     * is read again here, not remembered.
     */
    @WithTransaction
    public Uni<Booking> write(Unit unit) {
        Uni<?> mayActFor = unit.selfByToken() ? Uni.createFrom().voidItem()
                : patientAccess.actFor(unit.accountId(), unit.patientId());
        return mayActFor.flatMap(acting -> slot(unit.slotId()))
                .flatMap(slot -> rules.inForce(slot.schedule.institution.id).flatMap(rule -> {
                    Written written = written(slot.schedule.clinicDate);
                    return Panache.getSession().flatMap(session -> {
                        var query = session.createNativeQuery(HOLD_IN_SESSION, Object[].class);
                        Object[] arguments = argumentArray(written, unit, null);
                        for (int i = 0; i < arguments.length; i++) {
                            query.setParameter(i + 1, arguments[i]);
                        }
                        return query.getSingleResult()
                                // Inside the transaction a hold the window refuses is rolled back.
                                .invoke(row -> refuseOutcome(Outcome.of(row), rule.horizonDays, rule.releaseTime,
                                        rule.bookingCutoffMinutes))
                                .flatMap(row -> session.find(Booking.class, written.id()));
                    });
                }))
                .call(booking -> unit.waitlistEntryId() == null ? Uni.createFrom().voidItem()
                        : notifications.record(unit.accountId(), "WAITLIST_HOLD", booking.id,
                                "您候补的号源已为您锁定（就诊序号 " + booking.sequenceNo + "），请在 "
                                        + booking.heldUntil.atZoneSameInstant(clock.getZone()).toLocalTime().withNano(0)
                                        + " 前确认，逾期将让给下一位候补者。", booking.createdAt))
                .call(booking -> unit.alsoInTransaction() == null ? Uni.createFrom().voidItem()
                        : unit.alsoInTransaction().apply(booking))
                .onFailure(failure -> Constraints.violated(failure, "booking_one_live_per_patient_and_slot"))
                .transform(failure -> new ProblemException(ProblemCode.ALREADY_BOOKED_SLOT));
    }

    /** What the function answered (its first columns, in order), and what it needs to be explained. */
    private record Outcome(String outcome, Load load, OffsetDateTime startsAt, LocalDate clinicDate, String scheduleStatus) {

        static Outcome of(Object[] row) {
            return new Outcome(SqlValues.text(row[0]), new Load(new BookingLimits.Counts(SqlValues.count(row[2]),
                    SqlValues.count(row[3]), SqlValues.count(row[4])), SqlValues.count(row[5]), SqlValues.offsetDateTime(row[1])),
                    SqlValues.offsetDateTime(row[6]), SqlValues.localDate(row[7]), SqlValues.text(row[8]));
        }

        boolean moved() {
            return "MOVED".equals(outcome);
        }

        boolean held() {
            return "HELD".equals(outcome);
        }
    }

    /** Names the function's refusal as the policies do; passes a hold whose slot is bookable now. */
    private void refuseOutcome(Outcome outcome, int horizonDays, LocalTime releaseTime, int cutoffMinutes) {
        Instant now = clock.instant();
        switch (outcome.outcome()) {
            case "HELD":
            case "CLOSED":
                refuse(ReleasePolicy.check(now, outcome.startsAt().toInstant(), outcome.clinicDate(),
                        ScheduleStatus.valueOf(outcome.scheduleStatus()), horizonDays, releaseTime, cutoffMinutes,
                        clock.getZone()), now);
                if ("HELD".equals(outcome.outcome())) {
                    return;
                }
                throw new IllegalStateException("a clinic not open passed the release policy");
            case "NO_SLOT":
                throw ProblemException.notFound("slot");
            case "RESTRICTED":
            case "ALREADY_BOOKED":
            case "LIMIT":
                refuseForLoad(outcome.load());
                throw new IllegalStateException("the database and BookingLimits disagree");
            case "NOT_WAITING":
                throw new ProblemException(ProblemCode.WAITLIST_ENTRY_NOT_WAITING);
            case "SOLD_OUT":
                // The gate let one more through than the database holds: the database decides.
                throw new ProblemException(ProblemCode.SLOT_SOLD_OUT);
            default:
                throw new IllegalStateException("unknown hold outcome " + outcome.outcome());
        }
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

    /** What a patient holds and whether a restriction is in force, as the limits count (database function). */
    private record Load(BookingLimits.Counts counts, long inSlot, OffsetDateTime restrictedUntil) {
    }

    /** The booking limits on the patient's bookings (see {@code patient_booking_load}); call inside a session. */
    Uni<Void> checkPatient(Slot slot, UUID patientId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT doctor_day, department, total, in_slot, restricted_until FROM patient_booking_load(:person, :slot, :now)",
                Object[].class)
                .setParameter("person", patientId).setParameter("slot", slot.id)
                .setParameter("now", OffsetDateTime.now(clock)).getSingleResult())
                .invoke(row -> refuseForLoad(new Load(new BookingLimits.Counts(SqlValues.count(row[0]),
                        SqlValues.count(row[1]), SqlValues.count(row[2])), SqlValues.count(row[3]),
                        SqlValues.offsetDateTime(row[4]))))
                .replaceWithVoid();
    }

    /** A restriction first, then the same slot twice, then the limits in their order. */
    private void refuseForLoad(Load load) {
        if (load.restrictedUntil() != null) {
            throw restrictions.refusal(load.restrictedUntil());
        }
        if (load.inSlot() > 0) {
            throw new ProblemException(ProblemCode.ALREADY_BOOKED_SLOT);
        }
        BookingLimits.refusal(load.counts(), config.limitPerDoctorPerDay(), config.limitPerDepartment(), config.limitTotal())
                .ifPresent(code -> {
                    throw new ProblemException(code);
                });
    }

    /** The values a hold is written with, chosen here so the answer needs no second read. */
    private record Written(UUID id, String bookingNo, String checkInCode, OffsetDateTime heldUntil, OffsetDateTime now) {
    }

    private Written written(LocalDate clinicDate) {
        // PostgreSQL keeps microseconds: the answer shows the times as they are stored.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return new Written(UUID.randomUUID(), "BK-" + NUMBER_DATE.format(clinicDate) + "-" + randomText(10), String.format("%06d", random.nextInt(1_000_000)), now.plus(config.holdTime()), now);
    }

    /** A hold's own values, in the order of {@link #OWN}. */
    private Object[] ownValues(Written written, Unit unit, Instant expectedStart) {
        return new Object[] { written.id(), written.bookingNo(), unit.slotId(), unit.patientId(), unit.accountId(),
                unit.pool().name(), unit.sequenceNo(), unit.fencingToken(), written.heldUntil(), written.checkInCode(),
                PayAtClinic.METHOD, written.now(), unit.referralId(), unit.priorityFlags(), unit.waitlistEntryId(),
                unit.mayBeWaiting(), expectedStart == null ? null : expectedStart.atOffset(ZoneOffset.UTC) };
    }

    /** The limits the function checks the patient against, {@link #LIMITS} of them. */
    private List<Object> limits() {
        return List.of(config.limitPerDoctorPerDay(), config.limitPerDepartment(), config.limitTotal());
    }

    /** A single hold's arguments: its own values, then the limits. */
    private Object[] argumentArray(Written written, Unit unit, Instant expectedStart) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(ownValues(written, unit, expectedStart)));
        arguments.addAll(limits());
        return arguments.toArray();
    }

    private Tuple arguments(Written written, Unit unit, Instant expectedStart) {
        return Tuple.from(Arrays.asList(argumentArray(written, unit, expectedStart)));
    }

    private static Object[] values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getValue(i);
        }
        return values;
    }

    private BookingView view(Written written, Unit unit, Row row) {
        String idNumber = realNames.idNumberOf(row.getString("id_number_enc"));
        return new BookingView(written.id().toString(), written.bookingNo(), BookingStatus.HELD, unit.pool(),
                row.getInteger("sequence_no"), row.getOffsetDateTime("slot_starts_at"), row.getOffsetDateTime("ends_at"),
                row.getString("location"),
                new DoctorSummary(row.getUUID("doctor_id").toString(), row.getString("doctor_name"),
                        DoctorTitle.valueOf(row.getString("doctor_title"))),
                new Refs.DepartmentRef(row.getUUID("department_id").toString(), row.getString("department_code"),
                        row.getString("department_name")),
                new Refs.InstitutionRef(row.getUUID("institution_id").toString(), row.getString("institution_code"),
                        row.getString("institution_name")),
                new Patient(unit.patientId().toString(), Bookings.maskedName(row.getString("patient_name")),
                        Masking.idNumber(idNumber)),
                row.getInteger("fee_fen"), PayAtClinic.METHOD, written.checkInCode(), written.heldUntil(), written.now(),
                false, unit.referralId() == null ? null : unit.referralId().toString(),
                Bookings.priorities(unit.priorityFlags()));
    }

    private String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }
}
