package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.audit.AuditLog;
import io.jiayi.booking.Booking;
import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.Notifications;
import io.jiayi.booking.Schedule;
import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.repository.ScheduleRepository;
import io.jiayi.booking.rest.BookingModels.BookingView;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What clinics do to their sessions: pause new bookings (停约) and resume, stop a clinic (停诊),
 * which cancels every hold and booking and tells each holder, and check patients in.
 */
@ApplicationScoped
public class ClinicOperations {

    private static final String CHECK_IN = "from Booking b join fetch b.slot t join fetch t.schedule s"
            + " join fetch s.doctor join fetch s.department join fetch s.institution join fetch b.person";
    private static final List<BookingStatus> CHECKABLE = List.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN);

    private final ScheduleRepository schedules;
    private final Bookings bookings;
    private final Notifications notifications;
    private final SlotGate gate;
    private final GateCounters counters;
    private final SlotDirectory slots;
    private final Waitlists waitlists;
    private final ReferralLinks referralLinks;
    private final BookingConfig config;
    private final AuditLog auditLog;
    private final Clock clock;

    public ClinicOperations(ScheduleRepository schedules, Bookings bookings, Notifications notifications, SlotGate gate,
            GateCounters counters, SlotDirectory slots, Waitlists waitlists, ReferralLinks referralLinks,
            BookingConfig config, AuditLog auditLog, Clock clock) {
        this.referralLinks = referralLinks;
        this.schedules = schedules;
        this.bookings = bookings;
        this.notifications = notifications;
        this.gate = gate;
        this.counters = counters;
        this.slots = slots;
        this.waitlists = waitlists;
        this.config = config;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Pausing (停约) closes new bookings and hand-outs; bookings and waits stand. */
    public Uni<ScheduleStatus> pause(Caller caller, UUID scheduleId, String reason) {
        return pauseInDatabase(caller, scheduleId, reason)
                .call(status -> gate.close(scheduleId, ProblemCode.CLINIC_PAUSED));
    }

    @WithTransaction
    Uni<ScheduleStatus> pauseInDatabase(Caller caller, UUID scheduleId, String reason) {
        return change(caller, scheduleId, ScheduleStatus.OPEN, ScheduleStatus.PAUSED, reason);
    }

    /** Resuming reopens the gate from PostgreSQL's counts and waits; units returned meanwhile go to those waiting. */
    public Uni<ScheduleStatus> resume(Caller caller, UUID scheduleId) {
        return resumeInDatabase(caller, scheduleId).call(status -> counters.rebuild(scheduleId));
    }

    @WithTransaction
    Uni<ScheduleStatus> resumeInDatabase(Caller caller, UUID scheduleId) {
        return change(caller, scheduleId, ScheduleStatus.PAUSED, ScheduleStatus.OPEN, null);
    }

    /** Stops a clinic (停诊): holds, bookings and waits end, nothing returns to a pool, each resident is told. */
    public Uni<Integer> stop(Caller caller, UUID scheduleId, String reason) {
        return stopInDatabase(caller, scheduleId, reason).call(cancelled -> gate.close(scheduleId, ProblemCode.CLINIC_STOPPED));
    }

    @WithTransaction
    Uni<Integer> stopInDatabase(Caller caller, UUID scheduleId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return managedForChange(caller, scheduleId).flatMap(schedule -> {
            if (schedule.status == ScheduleStatus.STOPPED) {
                throw new ProblemException(ProblemCode.CLINIC_STOPPED);
            }
            schedule.status = ScheduleStatus.STOPPED;
            schedule.statusReason = reason;
            schedule.updatedAt = now;
            return liveBookingsForChange(scheduleId).flatMap(live -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Booking booking : live) {
                    booking.status = BookingStatus.CANCELLED;
                    booking.cancelReason = "CLINIC_STOPPED";
                    booking.endedAt = now;
                    chain = chain.flatMap(ignored -> notifications.record(booking.accountId, "CLINIC_STOPPED",
                            booking.id, "【家医】您预约的 " + schedule.clinicDate + " " + schedule.doctor.name
                                    + " 医生门诊已停诊（" + reason + "），预约已取消。", now));
                }
                // A referral that booked here may book again (its referral pool stays open to it).
                return chain.call(() -> waitlists.closeForStoppedClinic(scheduleId, reason))
                        .call(() -> referralLinks.bookingsEnded(live.stream().filter(b -> b.referralId != null)
                                .map(b -> b.id).toList(), "CLINIC_STOPPED"))
                        .replaceWith(live.size());
            });
        });
    }

    /**
     * Moves a clinic to another time: the session and its slots shift together, the doctor must be
     * free then, and every holder is offered the new time rather than moved silently.
     */
    public Uni<Integer> move(Caller caller, UUID scheduleId, java.time.LocalDate date, java.time.LocalTime start,
            String reason) {
        return moveInDatabase(caller, scheduleId, date, start, reason).call(offered -> slots.forgetAll());
    }

    @WithTransaction
    Uni<Integer> moveInDatabase(Caller caller, UUID scheduleId, java.time.LocalDate date, java.time.LocalTime start,
            String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return managedForChange(caller, scheduleId).flatMap(schedule -> {
            if (schedule.status == ScheduleStatus.STOPPED) {
                throw new ProblemException(ProblemCode.CLINIC_STOPPED);
            }
            OffsetDateTime newStart = date.atTime(start).atZone(clock.getZone()).toOffsetDateTime();
            if (!newStart.isAfter(now)) {
                throw ProblemException.invalidField("date", "field.schedule.inPast");
            }
            java.time.Duration shift = java.time.Duration.between(schedule.startsAt, newStart);
            OffsetDateTime newEnd = schedule.endsAt.plus(shift);
            return schedules.overlapping(schedule.doctor.id, newStart, newEnd).flatMap(clashes -> {
                if (clashes.stream().anyMatch(other -> !other.id.equals(schedule.id))) {
                    throw new ProblemException(ProblemCode.SCHEDULE_OVERLAP);
                }
                if (schedule.movedFrom == null) {
                    schedule.movedFrom = schedule.startsAt;
                }
                schedule.startsAt = newStart;
                schedule.endsAt = newEnd;
                schedule.clinicDate = date;
                schedule.statusReason = reason;
                schedule.updatedAt = now;
                // The bookings before the slots, in the order every other change takes them.
                return liveBookingsForChange(scheduleId)
                        .call(live -> io.quarkus.hibernate.reactive.panache.Panache.getSession().flatMap(session -> session
                                .createNativeQuery("UPDATE slot SET starts_at = starts_at + make_interval(secs => :secs),"
                                        + " ends_at = ends_at + make_interval(secs => :secs) WHERE schedule_id = :schedule")
                                .setParameter("secs", (double) shift.toSeconds()).setParameter("schedule", scheduleId)
                                .executeUpdate()))
                        .flatMap(live -> {
                            Uni<Void> chain = Uni.createFrom().voidItem();
                            for (Booking booking : live) {
                                booking.moveOfferedAt = now;
                                booking.moveAnsweredAt = null;
                                chain = chain.flatMap(ignored -> notifications.record(booking.accountId, "CLINIC_MOVED",
                                        booking.id, "【家医】" + schedule.doctor.name + " 医生门诊改至 " + date + " "
                                                + start + "（" + reason + "），请确认保留或取消预约。", now));
                            }
                            return chain.replaceWith(live.size());
                        });
            });
        });
    }

    /**
     * Checks a confirmed booking in with its code, from an hour before the slot to the session's end.
     * The booking is read under its lock, so one cancelled meanwhile (a declined move, a stop) stays cancelled.
     */
    @WithTransaction
    public Uni<BookingView> checkIn(Caller caller, UUID scheduleId, String checkInCode) {
        return managed(caller, scheduleId).flatMap(schedule -> bookings
                .find(CHECK_IN + " where s.id = ?1 and b.checkInCode = ?2 and b.status in ?3", scheduleId, checkInCode,
                        CHECKABLE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("booking"))
                .map(this::checkIn))
                .map(bookings::view);
    }

    /**
     * A partner app (a kiosk, a hospital's own system) checks a booking in by its number and code,
     * under the same window as staff. A booking at an institution the app may not act for is not
     * found, like a wrong code. The check-in is written to the audit trail with the app as actor.
     */
    @WithTransaction
    public Uni<BookingView> checkInForPartner(Caller partner, String bookingNo, String checkInCode,
            AuditLog.Origin origin) {
        return bookings.find(CHECK_IN + " where b.bookingNo = ?1 and b.checkInCode = ?2 and b.status in ?3", bookingNo,
                checkInCode, CHECKABLE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(found -> found != null && partner.partnerActsAt(found.slot.schedule.institution.id) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("booking"))
                .map(this::checkIn)
                .call(booking -> auditLog.record(partner, booking.person.id, "CHECK_IN", "BOOKING", booking.id, origin))
                .map(bookings::view);
    }

    /** The rule both share: checked in once (again is a no-op), from an hour before the slot to the session's end. */
    private Booking checkIn(Booking booking) {
        if (booking.status == BookingStatus.CHECKED_IN) {
            return booking;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime opens = booking.slot.startsAt.minus(config.checkInOpensBefore());
        OffsetDateTime closes = booking.slot.schedule.endsAt;
        if (now.isBefore(opens) || !now.isBefore(closes)) {
            throw new ProblemException(ProblemCode.CHECK_IN_CLOSED,
                    Map.of("opensAt", opens.toInstant().toString(), "closesAt", closes.toInstant().toString()));
        }
        booking.status = BookingStatus.CHECKED_IN;
        booking.checkedInAt = now;
        return booking;
    }

    /** The session's bookings as the clinic calls them: referral priority first, then by sequence number. */
    @WithSession
    public Uni<List<BookingView>> clinicList(Caller caller, UUID scheduleId) {
        return managed(caller, scheduleId).flatMap(schedule -> bookings
                .find("from Booking b join fetch b.slot t join fetch t.schedule s join fetch s.doctor"
                        + " join fetch s.department join fetch s.institution join fetch b.person"
                        + " where s.id = ?1 and b.status in ?2"
                        + " order by case when b.priorityFlags is null then 1 else 0 end, b.sequenceNo", scheduleId,
                        List.of(BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW))
                .list())
                .map(list -> list.stream().map(bookings::view).toList());
    }

    private Uni<ScheduleStatus> change(Caller caller, UUID scheduleId, ScheduleStatus from, ScheduleStatus to,
            String reason) {
        return managedForChange(caller, scheduleId).map(schedule -> {
            if (schedule.status != from) {
                throw new ProblemException(schedule.status == ScheduleStatus.STOPPED ? ProblemCode.CLINIC_STOPPED
                        : ProblemCode.CONFLICT);
            }
            schedule.status = to;
            schedule.statusReason = reason;
            schedule.updatedAt = OffsetDateTime.now(clock);
            return to;
        });
    }

    /**
     * The clinic's holds and bookings under their locks (their referrals' first), so a booking its
     * holder cancels meanwhile stays as the holder left it: an offer or a stop written over the
     * cancellation brought the booking back on a unit already returned.
     */
    private Uni<List<Booking>> liveBookingsForChange(UUID scheduleId) {
        return referralLinks.lockForSchedule(scheduleId).flatMap(locked -> bookings.find(
                "slot.schedule.id = ?1 and status in ?2", scheduleId, List.of(BookingStatus.HELD, BookingStatus.CONFIRMED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list());
    }

    private Uni<Schedule> managed(Caller caller, UUID scheduleId) {
        return mayManage(caller, schedules.findFull(scheduleId));
    }

    /**
     * The schedule under its row lock, for a change of the clinic: two changes read one after the
     * other (a pause written after a stop had reopened a stopped clinic on the next resume).
     * Locks are taken schedule first, then referrals, then bookings, then slots, as everywhere else.
     */
    private Uni<Schedule> managedForChange(Caller caller, UUID scheduleId) {
        return mayManage(caller, schedules.findFullForUpdate(scheduleId));
    }

    private static Uni<Schedule> mayManage(Caller caller, Uni<Schedule> found) {
        return found
                .onItem().ifNull().failWith(() -> ProblemException.notFound("schedule"))
                .invoke(schedule -> {
                    if (!caller.mayManage(schedule.institution.id)) {
                        throw new ProblemException(ProblemCode.FORBIDDEN);
                    }
                });
    }

}
