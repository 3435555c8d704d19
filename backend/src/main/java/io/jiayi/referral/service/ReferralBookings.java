package io.jiayi.referral.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.booking.Booking;
import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.ClinicType;
import io.jiayi.booking.ExamModality;
import io.jiayi.booking.Pool;
import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.booking.service.GateCounters;
import io.jiayi.booking.service.Holds;
import io.jiayi.booking.service.SlotGate;
import io.jiayi.booking.service.Waitlists;
import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.rest.Refs;
import io.jiayi.referral.Direction;
import io.jiayi.referral.Referral;
import io.jiayi.referral.ReferralRequest;
import io.jiayi.referral.ReferralState;
import io.jiayi.referral.ReferralTransitions;
import io.jiayi.referral.ReferralTransitions.Action;
import io.jiayi.referral.rest.ReferralModels.ReferralView;
import io.jiayi.referral.rest.ReferralModels.SlotOffer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Booking through a referral. While valid, a referral opens the referral pool of its department's
 * slots (or of the hospital's examination resources, when it asks for an examination) to its
 * patient, and only slots inside its window: referral-pool units first, the public pool when they
 * are gone. The family doctor or the resident books (the hospital offers a slot from its worklist);
 * a referral books at most one consultation and one examination. The gate numbers the unit and
 * keeps one unit per patient and session; PostgreSQL decides, in the same transaction that ties
 * the booking to the referral.
 */
@ApplicationScoped
public class ReferralBookings {

    private static final String SLOTS = """
            SELECT t.id, s.id, t.starts_at, t.ends_at, s.clinic_type, s.exam_modality, doc.id, doc.name, doc.title,
                   d.id, d.code, d.name, s.location,
                   CASE WHEN t.referral_released THEN 0 ELSE t.referral_capacity - t.referral_taken END,
                   t.public_capacity - t.public_taken, s.institution_id, s.department_id, s.doctor_id, t.referral_released
            FROM slot t JOIN schedule s ON s.id = t.schedule_id JOIN doctor doc ON doc.id = s.doctor_id
                JOIN department d ON d.id = s.department_id
            """;

    private final Referrals referrals;
    private final ReferralViews views;
    private final SlotGate gate;
    private final GateCounters counters;
    private final Holds holds;
    private final Waitlists waitlists;
    private final Clock clock;

    public ReferralBookings(Referrals referrals, ReferralViews views, SlotGate gate, GateCounters counters, Holds holds,
            Waitlists waitlists, Clock clock) {
        this.referrals = referrals;
        this.views = views;
        this.gate = gate;
        this.counters = counters;
        this.holds = holds;
        this.waitlists = waitlists;
        this.clock = clock;
    }

    /** The slots the referral may take now, referral-pool units first. */
    @WithSession
    public Uni<List<SlotOffer>> slots(Caller caller, UUID id) {
        return views.findVisible(caller, id).flatMap(referral -> {
            if (referral.direction != Direction.UP || referral.state.ended() || referral.state == ReferralState.VISITED) {
                throw new ProblemException(ProblemCode.REFERRAL_NOT_VALID);
            }
            boolean consultation = referral.requested().contains(ReferralRequest.CONSULTATION)
                    || referral.requested().contains(ReferralRequest.ADMISSION);
            boolean examination = referral.requested().contains(ReferralRequest.EXAMINATION);
            return Panache.getSession().flatMap(session -> session.createNativeQuery(SLOTS + """
                    WHERE s.status = 'OPEN' AND t.starts_at > :now AND t.starts_at <= :until
                      AND ((:consultation AND s.clinic_type <> 'EXAMINATION' AND s.department_id = :department
                            AND (CAST(:doctor AS uuid) IS NULL OR s.doctor_id = :doctor))
                           OR (:examination AND s.clinic_type = 'EXAMINATION' AND s.institution_id = :institution))
                      AND ((NOT t.referral_released AND t.referral_taken < t.referral_capacity)
                           OR t.public_taken < t.public_capacity)
                    ORDER BY CASE WHEN NOT t.referral_released AND t.referral_taken < t.referral_capacity
                                  THEN 0 ELSE 1 END, t.starts_at, t.id
                    LIMIT 200""", Object[].class)
                    .setParameter("now", OffsetDateTime.now(clock)).setParameter("until", referral.validUntil)
                    .setParameter("consultation", consultation).setParameter("examination", examination)
                    .setParameter("department", referral.toDepartmentId).setParameter("doctor", referral.toDoctorId)
                    .setParameter("institution", referral.toInstitutionId).getResultList())
                    .map(rows -> rows.stream().map(ReferralBookings::offer).toList());
        });
    }

    /** What a booking through the referral will take. */
    private record Plan(UUID referralId, UUID accountId, UUID patientId, UUID scheduleId, UUID slotId, Pool pool,
            boolean examination, String priorityFlags) {
    }

    /** Books the slot for the referral's patient: a hold, confirmed by the doctor or the resident. */
    public Uni<ReferralView> book(Caller caller, UUID id, UUID slotId) {
        return plan(caller, id, slotId).flatMap(plan -> (plan.pool() == Pool.REFERRAL
                ? gate.takeReferral(plan.scheduleId(), slotId, plan.patientId())
                : gate.take(plan.scheduleId(), slotId, plan.patientId()))
                .flatMap(take -> {
                    if (take instanceof SlotGate.Taken taken) {
                        return holds.write(new Holds.Unit(plan.accountId(), slotId, plan.patientId(), taken.sequenceNo(),
                                taken.fencingToken(), null, plan.pool(), plan.referralId(), plan.priorityFlags(),
                                booking -> attach(caller, plan, booking), false, true))
                                .onFailure().call(() -> waitlists.unitBack(plan.scheduleId(), slotId, plan.patientId(),
                                        plan.pool() != Pool.REFERRAL))
                                .replaceWithVoid();
                    }
                    return counters.<Void> refused(plan.scheduleId(), slotId, take);
                }))
                .flatMap(ignored -> referrals.find(caller, id));
    }

    @WithTransaction
    Uni<Plan> plan(Caller caller, UUID id, UUID slotId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return referrals.locked(caller, id).flatMap(referral -> {
            boolean offer = Referrals.receives(caller, referral);
            if (!offer && !Referrals.refersOrIsPatient(caller, referral)) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
            if (referral.direction != Direction.UP || referral.state.ended() || referral.state == ReferralState.VISITED) {
                throw new ProblemException(ProblemCode.REFERRAL_NOT_VALID);
            }
            // The hospital owes a slot to a referral on its worklist, even past the window.
            boolean windowApplies = !(offer && referral.state == ReferralState.AWAITING_SLOT);
            if (windowApplies && !now.isBefore(referral.validUntil)) {
                throw new ProblemException(ProblemCode.REFERRAL_NOT_VALID);
            }
            ReferralTransitions.next(referral.direction, referral.state, Action.BOOK);
            return Panache.getSession().flatMap(session -> session
                    .createNativeQuery(SLOTS + " WHERE t.id = :slot", Object[].class).setParameter("slot", slotId)
                    .getResultList())
                    .map(rows -> {
                        if (rows.isEmpty()) {
                            throw ProblemException.notFound("slot");
                        }
                        Object[] row = rows.get(0);
                        boolean examination = ClinicType.EXAMINATION.name().equals(row[4]);
                        if (examination ? !referral.requested().contains(ReferralRequest.EXAMINATION)
                                : !(referral.requested().contains(ReferralRequest.CONSULTATION)
                                        || referral.requested().contains(ReferralRequest.ADMISSION))) {
                            throw new ProblemException(ProblemCode.REFERRAL_NOT_FOR_EXAMINATION);
                        }
                        if (examination ? referral.examBookingId != null : referral.bookingId != null) {
                            throw new ProblemException(ProblemCode.REFERRAL_ALREADY_BOOKED);
                        }
                        boolean eligible = referral.toInstitutionId.equals(row[15]) && (examination
                                || (referral.toDepartmentId.equals(row[16])
                                        && (referral.toDoctorId == null || referral.toDoctorId.equals(row[17]))));
                        if (!eligible) {
                            throw new ProblemException(ProblemCode.REFERRAL_SLOT_NOT_ELIGIBLE);
                        }
                        if (windowApplies && SqlValues.offsetDateTime(row[2]).isAfter(referral.validUntil)) {
                            throw new ProblemException(ProblemCode.REFERRAL_SLOT_OUTSIDE_WINDOW,
                                    Map.of("windowEndsAt", referral.validUntil.toInstant().toString()));
                        }
                        Pool pool = ((Number) row[13]).intValue() > 0 ? Pool.REFERRAL : Pool.PUBLIC;
                        return new Plan(referral.id, referral.residentAccountId, referral.personId, (UUID) row[1], slotId,
                                pool, examination, referral.priorityFlags());
                    });
        });
    }

    /** In the hold's transaction: the referral, locked again, takes the booking (or the hold is undone). */
    private Uni<Void> attach(Caller caller, Plan plan, Booking booking) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from Referral where id = ?1", Referral.class).setParameter(1, plan.referralId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult())
                .flatMap(referral -> {
                    if (plan.examination() ? referral.examBookingId != null : referral.bookingId != null) {
                        throw new ProblemException(ProblemCode.REFERRAL_ALREADY_BOOKED);
                    }
                    if (plan.examination()) {
                        referral.examBookingId = booking.id;
                    } else {
                        referral.bookingId = booking.id;
                    }
                    return referrals.transition(referral, Action.BOOK, caller,
                            (plan.examination() ? "EXAMINATION " : "CONSULTATION ") + booking.bookingNo);
                });
    }

    /** The doctor or the resident confirms the referral's held bookings within their hold time. */
    @WithTransaction
    public Uni<ReferralView> confirm(Caller caller, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return referrals.locked(caller, id).flatMap(referral -> {
            if (!Referrals.refersOrIsPatient(caller, referral)) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
            List<UUID> ids = new java.util.ArrayList<>();
            if (referral.bookingId != null) {
                ids.add(referral.bookingId);
            }
            if (referral.examBookingId != null) {
                ids.add(referral.examBookingId);
            }
            if (ids.isEmpty()) {
                throw ReferralTransitions.conflict(referral.state);
            }
            return Panache.getSession().flatMap(session -> session
                    .createSelectionQuery("from Booking where id in ?1 and status = ?2", Booking.class)
                    .setParameter(1, ids).setParameter(2, BookingStatus.HELD).getResultList())
                    .invoke(held -> held.forEach(booking -> {
                        if (!booking.heldUntil.isAfter(now)) {
                            throw new ProblemException(ProblemCode.HOLD_EXPIRED);
                        }
                        booking.status = BookingStatus.CONFIRMED;
                        booking.confirmedAt = now;
                    }));
        }).flatMap(ignored -> views.detail(caller, id));
    }

    private static SlotOffer offer(Object[] row) {
        return new SlotOffer(row[0].toString(), row[1].toString(), SqlValues.offsetDateTime(row[2]), SqlValues.offsetDateTime(row[3]),
                ClinicType.valueOf((String) row[4]), row[5] == null ? null : ExamModality.valueOf((String) row[5]),
                new DoctorSummary(row[6].toString(), (String) row[7], DoctorTitle.valueOf((String) row[8])),
                new Refs.DepartmentRef(row[9].toString(), (String) row[10], (String) row[11]), (String) row[12],
                Math.max(0, ((Number) row[13]).intValue()), Math.max(0, ((Number) row[14]).intValue()));
    }
}
