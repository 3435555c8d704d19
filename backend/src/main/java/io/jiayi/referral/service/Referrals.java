package io.jiayi.referral.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.jiayi.booking.Booking;
import io.jiayi.booking.BookingStatus;
import io.jiayi.booking.Notifications;
import io.jiayi.booking.service.Bookings;
import io.jiayi.booking.service.Waitlists;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.common.web.Ids;
import io.jiayi.referral.Direction;
import io.jiayi.referral.Referral;
import io.jiayi.referral.ReferralConfig;
import io.jiayi.referral.ReferralPriority;
import io.jiayi.referral.ReferralRequest;
import io.jiayi.referral.ReferralState;
import io.jiayi.referral.ReferralTransitions;
import io.jiayi.referral.ReferralTransitions.Action;
import io.jiayi.referral.rest.ReferralModels.NewDownwardReferral;
import io.jiayi.referral.rest.ReferralModels.NewReferral;
import io.jiayi.referral.rest.ReferralModels.ReferralView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Two-way referral (双向转诊). Upward, only the patient's active family doctor refers, to a hospital
 * department; the referral opens the slots' referral pool to the patient while valid, and goes to
 * the hospital's worklist (AWAITING_SLOT) when nothing is free in its window. Downward, a hospital
 * hands the patient back to their community centre: the family doctor gets a task, a patient
 * without a signing there is offered one. Every change is recorded with who, when and why.
 */
@ApplicationScoped
public class Referrals {

    private static final Logger LOG = Logger.getLogger(Referrals.class);

    private final ReferralViews views;
    private final Bookings bookings;
    private final Waitlists waitlists;
    private final Notifications notifications;
    private final io.jiayi.followup.service.FollowUpPlans followUpPlans;
    private final ReferralConfig config;
    private final Clock clock;

    public Referrals(ReferralViews views, Bookings bookings, Waitlists waitlists, Notifications notifications,
            io.jiayi.followup.service.FollowUpPlans followUpPlans, ReferralConfig config, Clock clock) {
        this.followUpPlans = followUpPlans;
        this.views = views;
        this.bookings = bookings;
        this.waitlists = waitlists;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    // --- upward ----------------------------------------------------------------------------------------

    @WithTransaction
    public Uni<ReferralView> refer(Caller caller, NewReferral request) {
        UUID patientId = Ids.required(request.patientId(), "patient");
        UUID departmentId = Ids.reference("toDepartmentId", request.toDepartmentId(), "department");
        UUID toDoctorId = request.toDoctorId() == null ? null : Ids.reference("toDoctorId", request.toDoctorId(), "doctor");
        String icd10 = icd10(request.diagnosis().icd10());
        UUID doctorId = caller.doctorId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT s.doctor_id, s.centre_id, a.applicant_account_id FROM signing s
                JOIN signing_application a ON a.id = s.application_id
                WHERE s.person_id = :person AND s.status = 'ACTIVE'""", Object[].class)
                .setParameter("person", patientId).getResultList()
                .flatMap(signings -> {
                    // Only the patient's active family doctor refers; anyone else is refused outright.
                    if (signings.isEmpty() || !doctorId.equals(signings.get(0)[0])) {
                        throw new ProblemException(ProblemCode.FORBIDDEN);
                    }
                    Object[] signing = signings.get(0);
                    return session.createNativeQuery("""
                            SELECT d.institution_id, (SELECT count(*) FROM doctor o WHERE o.id = :doctor
                                                      AND o.institution_id = d.institution_id
                                                      AND (o.department_id IS NULL OR o.department_id = d.id))
                            FROM department d WHERE d.id = :department""", Object[].class)
                            .setParameter("department", departmentId)
                            .setParameter("doctor", toDoctorId == null ? new UUID(0, 0) : toDoctorId).getResultList()
                            .flatMap(departments -> {
                                if (departments.isEmpty()) {
                                    throw Ids.unknownReference("toDepartmentId", "department");
                                }
                                if (toDoctorId != null && ((Number) departments.get(0)[1]).longValue() == 0) {
                                    throw new ProblemException(ProblemCode.DOCTOR_NOT_IN_DEPARTMENT);
                                }
                                Referral referral = new Referral();
                                referral.id = UUID.randomUUID();
                                referral.direction = Direction.UP;
                                referral.personId = patientId;
                                referral.residentAccountId = (UUID) signing[2];
                                referral.fromInstitutionId = (UUID) signing[1];
                                referral.toInstitutionId = (UUID) departments.get(0)[0];
                                referral.toDepartmentId = departmentId;
                                referral.toDoctorId = toDoctorId;
                                referral.referringDoctorId = doctorId;
                                referral.referringAccountId = caller.accountId();
                                referral.priority = request.priority();
                                referral.requests = Referral.requestsText(request.requests());
                                referral.reason = request.reason();
                                referral.diagnosis = request.diagnosis().text();
                                referral.icd10 = icd10;
                                referral.clinicalSummary = request.clinicalSummary();
                                referral.state = ReferralState.CREATED;
                                referral.validUntil = now.plus(request.priority() == ReferralPriority.URGENT
                                        ? config.urgentValidity() : config.routineValidity());
                                referral.createdAt = now;
                                referral.updatedAt = now;
                                return session.persist(referral).call(session::flush)
                                        .call(() -> event(referral, null, ReferralState.CREATED, "REFER", caller,
                                                request.reason()))
                                        .call(() -> awaitSlotIfNoneFree(referral, caller))
                                        .call(() -> notifications.recordReferral(referral.residentAccountId,
                                                "REFERRAL_CREATED", referral.id, "您的家庭医生已为您办理转诊，请在 "
                                                        + referral.validUntil.atZoneSameInstant(clock.getZone()).toLocalDate()
                                                        + " 前预约就诊。", now))
                                        .replaceWith(referral.id);
                            });
                }))
                .flatMap(id -> views.detail(caller, id));
    }

    /** Nothing free in the window: the referral goes to the hospital's worklist, and the resident sees so. */
    private Uni<Void> awaitSlotIfNoneFree(Referral referral, Caller caller) {
        boolean consultation = referral.requested().contains(ReferralRequest.CONSULTATION)
                || referral.requested().contains(ReferralRequest.ADMISSION);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT count(*) FROM slot t JOIN schedule s ON s.id = t.schedule_id
                WHERE s.institution_id = :institution AND s.status = 'OPEN'
                  AND t.starts_at > :now AND t.starts_at <= :until
                  AND ((:consultation AND s.clinic_type <> 'EXAMINATION' AND s.department_id = :department
                        AND (CAST(:doctor AS uuid) IS NULL OR s.doctor_id = :doctor))
                       OR (NOT :consultation AND s.clinic_type = 'EXAMINATION'))
                  AND (t.public_taken < t.public_capacity
                       OR (NOT t.referral_released AND t.referral_taken < t.referral_capacity))""", Long.class)
                .setParameter("institution", referral.toInstitutionId).setParameter("now", referral.createdAt)
                .setParameter("until", referral.validUntil).setParameter("consultation", consultation)
                .setParameter("department", referral.toDepartmentId).setParameter("doctor", referral.toDoctorId)
                .getSingleResult())
                .flatMap(free -> free > 0 ? Uni.createFrom().voidItem()
                        : transition(referral, Action.AWAIT_SLOT, caller, "NO_SLOT_IN_WINDOW"));
    }

    // --- downward --------------------------------------------------------------------------------------

    /**
     * A hospital (its doctor or staff) refers a patient it has seen - through a referral or a
     * booking there - back to a community centre; the family doctor there gets it as a task.
     */
    @WithTransaction
    public Uni<ReferralView> referDown(Caller caller, NewDownwardReferral request) {
        UUID patientId = Ids.required(request.patientId(), "patient");
        UUID centreId = Ids.reference("toInstitutionId", request.toInstitutionId(), "institution");
        UUID hospital = caller.institutionId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
        if (!(caller.staff() || caller.doctor())) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        String icd10 = icd10(request.diagnosis().icd10());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT (SELECT type FROM institution WHERE id = :hospital),
                       (SELECT type FROM institution WHERE id = :centre),
                       EXISTS (SELECT 1 FROM booking b JOIN schedule s ON s.id = b.schedule_id
                               WHERE b.person_id = :person AND s.institution_id = :hospital)
                       OR EXISTS (SELECT 1 FROM referral r WHERE r.person_id = :person AND r.to_institution_id = :hospital),
                       (SELECT s.doctor_id FROM signing s WHERE s.person_id = :person AND s.status = 'ACTIVE'
                                                             AND s.centre_id = :centre),
                       coalesce((SELECT id FROM resident_account WHERE person_id = :person),
                                (SELECT manager_id FROM managed_member WHERE person_id = :person AND status = 'ACTIVE'
                                 ORDER BY created_at LIMIT 1))""", Object[].class)
                .setParameter("hospital", hospital).setParameter("centre", centreId).setParameter("person", patientId)
                .getSingleResult()
                .flatMap(row -> {
                    String hospitalType = (String) row[0];
                    if (hospitalType == null || hospitalType.endsWith("CENTRE") || hospitalType.startsWith("STATION")) {
                        throw new ProblemException(ProblemCode.FORBIDDEN);
                    }
                    if (!Boolean.TRUE.equals(row[2])) {
                        // A patient the hospital has not seen: nothing to tell about them.
                        throw ProblemException.notFound("patient");
                    }
                    if (row[1] == null) {
                        throw Ids.unknownReference("toInstitutionId", "institution");
                    }
                    if (!"COMMUNITY_CENTRE".equals(row[1]) && !"BRANCH_CENTRE".equals(row[1])) {
                        throw new ProblemException(ProblemCode.NOT_A_COMMUNITY_CENTRE);
                    }
                    Referral referral = new Referral();
                    referral.id = UUID.randomUUID();
                    referral.direction = Direction.DOWN;
                    referral.personId = patientId;
                    referral.residentAccountId = (UUID) row[4];
                    referral.fromInstitutionId = hospital;
                    referral.toInstitutionId = centreId;
                    referral.toDoctorId = (UUID) row[3];
                    referral.referringDoctorId = caller.doctorId().orElse(null);
                    referral.referringAccountId = caller.accountId();
                    referral.priority = ReferralPriority.ROUTINE;
                    referral.requests = "";
                    referral.reason = request.reason();
                    referral.diagnosis = request.diagnosis().text();
                    referral.icd10 = icd10;
                    referral.clinicalSummary = request.clinicalSummary();
                    referral.followUp = request.followUp();
                    referral.state = ReferralState.CREATED;
                    referral.signingOffered = referral.toDoctorId == null;
                    referral.createdAt = now;
                    referral.updatedAt = now;
                    return session.persist(referral).call(session::flush)
                            .call(() -> event(referral, null, ReferralState.CREATED, "REFER_DOWN", caller, request.reason()))
                            .call(() -> referral.toDoctorId == null ? Uni.createFrom().voidItem()
                                    : notifications.recordForDoctor(referral.toDoctorId, "REFERRAL_TASK", referral.id,
                                            "医院下转一位您的签约居民回社区康复，请确认并安排随访。", now))
                            .call(() -> referral.residentAccountId == null ? Uni.createFrom().voidItem()
                                    : notifications.recordReferral(referral.residentAccountId, referral.signingOffered
                                            ? "SIGNING_OFFERED" : "REFERRAL_DOWN", referral.id, referral.signingOffered
                                                    ? "医院已将您转回社区康复。您尚未在该社区卫生服务中心签约家庭医生，欢迎在线申请签约。"
                                                    : "医院已将您转回社区康复，您的家庭医生将与您联系安排随访。", now))
                            .replaceWith(referral.id);
                }))
                .flatMap(id -> views.detail(caller, id));
    }

    /** The family doctor (or the centre, when no doctor has the patient) takes the downward task on. */
    @WithTransaction
    public Uni<ReferralView> acknowledge(Caller caller, UUID id) {
        return locked(caller, id).flatMap(referral -> {
            if (!(referral.toDoctorId != null ? caller.doctorId().filter(referral.toDoctorId::equals).isPresent()
                    : caller.mayManage(referral.toInstitutionId))) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
            return transition(referral, Action.ACKNOWLEDGE, caller, null);
        }).flatMap(ignored -> views.detail(caller, id));
    }

    /**
     * The family doctor turns an acknowledged downward referral into follow-up plans (one per
     * condition), made through the follow-up service with the referral as their source.
     */
    @WithTransaction
    public Uni<List<io.jiayi.followup.rest.FollowUpModels.PlanView>> planFollowUps(Caller caller, UUID id,
            java.util.Set<io.jiayi.followup.FollowUpCondition> conditions) {
        return locked(caller, id).flatMap(referral -> {
            if (referral.direction != Direction.DOWN || referral.toDoctorId == null
                    || caller.doctorId().filter(referral.toDoctorId::equals).isEmpty()) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
            if (referral.state != ReferralState.ACKNOWLEDGED) {
                throw ReferralTransitions.conflict(referral.state);
            }
            Uni<List<io.jiayi.followup.rest.FollowUpModels.PlanView>> chain = Uni.createFrom().item(new ArrayList<>());
            for (io.jiayi.followup.FollowUpCondition condition : conditions) {
                chain = chain.flatMap(made -> followUpPlans.createPlan(new io.jiayi.followup.service.FollowUpPlans.PlanCommand(
                        referral.personId, condition, null, null, null, io.jiayi.followup.PlanSource.REFERRAL,
                        referral.id, caller.accountId())).map(plan -> {
                            made.add(plan);
                            return made;
                        }));
            }
            return chain.call(made -> event(referral, referral.state, referral.state, "PLAN_FOLLOW_UPS", caller,
                    conditions.toString()));
        });
    }

    // --- hospital side ---------------------------------------------------------------------------------

    @WithTransaction
    public Uni<ReferralView> accept(Caller caller, UUID id) {
        return asReceiver(caller, id).flatMap(referral -> transition(referral, Action.ACCEPT, caller, null))
                .flatMap(ignored -> views.detail(caller, id));
    }

    @WithTransaction
    public Uni<ReferralView> visit(Caller caller, UUID id, String outcome) {
        return asReceiver(caller, id).flatMap(referral -> {
            referral.visitedAt = OffsetDateTime.now(clock);
            referral.outcome = outcome;
            return transition(referral, Action.VISIT, caller, outcome);
        }).flatMap(ignored -> views.detail(caller, id));
    }

    /** Upward by the hospital after the visit; downward by the family doctor who acknowledged it. */
    @WithTransaction
    public Uni<ReferralView> close(Caller caller, UUID id, String outcome) {
        return locked(caller, id).flatMap(referral -> {
            boolean allowed = referral.direction == Direction.UP ? receives(caller, referral)
                    : (referral.toDoctorId != null ? caller.doctorId().filter(referral.toDoctorId::equals).isPresent()
                            : caller.mayManage(referral.toInstitutionId));
            if (!allowed) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
            referral.outcome = outcome;
            return transition(referral, Action.CLOSE, caller, outcome);
        }).flatMap(ignored -> views.detail(caller, id));
    }

    /** Asks for priority admission (优先住院): the referral's bookings carry the flag from now on. */
    @WithTransaction
    public Uni<ReferralView> requestAdmission(Caller caller, UUID id, String note) {
        return asReceiver(caller, id).flatMap(referral -> {
            ReferralTransitions.next(referral.direction, referral.state, Action.REQUEST_ADMISSION);
            referral.admissionRequestedAt = OffsetDateTime.now(clock);
            referral.admissionNote = note;
            return event(referral, referral.state, referral.state, "REQUEST_ADMISSION", caller, note)
                    .call(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                            "UPDATE booking SET priority_flags = :flags WHERE referral_id = :referral")
                            .setParameter("flags", referral.priorityFlags()).setParameter("referral", referral.id)
                            .executeUpdate()));
        }).flatMap(ignored -> views.detail(caller, id));
    }

    /** The hospital declines: any booking is cancelled, the family doctor and the resident are told. */
    public Uni<ReferralView> decline(Caller caller, UUID id, String reason) {
        return endWithBookings(caller, id, Action.DECLINE, reason).flatMap(ignored -> find(caller, id));
    }

    /** The family doctor or the resident withdraws the referral; any booking is cancelled. */
    public Uni<ReferralView> cancel(Caller caller, UUID id, String reason) {
        return endWithBookings(caller, id, Action.CANCEL, reason).flatMap(ignored -> find(caller, id));
    }

    private Uni<Void> endWithBookings(Caller caller, UUID id, Action action, String reason) {
        return endInDatabase(caller, id, action, reason)
                .flatMap(ended -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Booking booking : ended) {
                        chain = chain.flatMap(ignored -> waitlists.unitBack(booking));
                    }
                    return chain;
                });
    }

    @WithTransaction
    Uni<List<Booking>> endInDatabase(Caller caller, UUID id, Action action, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return locked(caller, id).flatMap(referral -> {
            if (action == Action.DECLINE ? !receives(caller, referral) : !refersOrIsPatient(caller, referral)) {
                return Uni.createFrom().<List<Booking>> failure(new ProblemException(ProblemCode.FORBIDDEN));
            }
            ReferralState to = ReferralTransitions.next(referral.direction, referral.state, action);
            List<UUID> live = new ArrayList<>();
            if (referral.bookingId != null) {
                live.add(referral.bookingId);
            }
            if (referral.examBookingId != null) {
                live.add(referral.examBookingId);
            }
            Uni<List<Booking>> cancelled = live.isEmpty() ? Uni.createFrom().item(List.<Booking> of())
                    : bookings.find("from Booking b join fetch b.slot t join fetch t.schedule s join fetch b.person"
                            + " where b.id in ?1 and b.status in ?2", live,
                            List.of(BookingStatus.HELD, BookingStatus.CONFIRMED))
                            .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                            .call(found -> {
                                Uni<Void> chain = Uni.createFrom().voidItem();
                                for (Booking booking : found) {
                                    chain = chain.call(() -> bookings.cancelAndReturnUnit(booking,
                                            action == Action.DECLINE ? "REFERRAL_DECLINED" : "REFERRAL_CANCELLED", now));
                                }
                                return chain;
                            });
            return cancelled.call(found -> {
                referral.bookingId = null;
                referral.examBookingId = null;
                if (action == Action.DECLINE) {
                    referral.outcome = reason;
                }
                return applyState(referral, to, action.name(), caller, reason);
            }).call(found -> action != Action.DECLINE ? Uni.createFrom().voidItem()
                    : notifications.recordReferral(referral.residentAccountId, "REFERRAL_DECLINED", referral.id,
                            "医院未接收您的转诊（" + reason + "），相关预约已取消，请联系您的家庭医生。", now)
                            .call(() -> notifications.recordForDoctor(referral.referringDoctorId, "REFERRAL_DECLINED",
                                    referral.id, "您的转诊被医院拒绝：" + reason, now)));
        });
    }

    // --- expiry ----------------------------------------------------------------------------------------

    @Scheduled(every = "${jiayi.referral.expiry-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledExpiry() {
        return expire().onFailure().invoke(failure -> LOG.warn("Referrals not expired; the next run retries", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Upward referrals never booked within their window expire; returns how many. Safe on several instances. */
    @WithTransaction
    public Uni<Integer> expire() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                WITH expired AS (
                    UPDATE referral SET state = 'EXPIRED', updated_at = :now
                    WHERE state = 'CREATED' AND direction = 'UP' AND valid_until <= :now
                    RETURNING id)
                INSERT INTO referral_event (id, referral_id, from_state, to_state, action, actor_role, reason, at)
                SELECT gen_random_uuid(), id, 'CREATED', 'EXPIRED', 'EXPIRE', 'SYSTEM', 'VALIDITY_ENDED', :now
                FROM expired""").setParameter("now", now).executeUpdate());
    }

    // --- shared ----------------------------------------------------------------------------------------

    /** The referral, locked, if the caller may see it (404 otherwise); call inside a transaction. */
    Uni<Referral> locked(Caller caller, UUID id) {
        return views.lockVisible(caller, id);
    }

    private Uni<Referral> asReceiver(Caller caller, UUID id) {
        return locked(caller, id).invoke(referral -> {
            if (!receives(caller, referral)) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
        });
    }

    /** Staff or a doctor of the institution the referral is addressed to. */
    static boolean receives(Caller caller, Referral referral) {
        return caller.mayManage(referral.toInstitutionId)
                || (caller.doctor() && caller.institutionId().filter(referral.toInstitutionId::equals).isPresent());
    }

    /** The referring family doctor, or a resident acting for the patient (visibility already checked). */
    static boolean refersOrIsPatient(Caller caller, Referral referral) {
        return caller.resident() || caller.doctorId().filter(id -> id.equals(referral.referringDoctorId)).isPresent();
    }

    Uni<Void> transition(Referral referral, Action action, Caller caller, String reason) {
        return applyState(referral, ReferralTransitions.next(referral.direction, referral.state, action), action.name(),
                caller, reason);
    }

    Uni<Void> applyState(Referral referral, ReferralState to, String action, Caller caller, String reason) {
        ReferralState from = referral.state;
        referral.state = to;
        referral.updatedAt = OffsetDateTime.now(clock);
        return event(referral, from, to, action, caller, reason);
    }

    Uni<Void> event(Referral referral, ReferralState from, ReferralState to, String action, Caller caller, String reason) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO referral_event (id, referral_id, from_state, to_state, action, actor_account_id, actor_role, reason, at)
                VALUES (:id, :referral, :from, :to, :action, :actor, :role, :reason, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("referral", referral.id)
                .setParameter("from", from == null ? null : from.name()).setParameter("to", to.name())
                .setParameter("action", action).setParameter("actor", caller == null ? null : caller.accountId())
                .setParameter("role", caller == null ? "SYSTEM" : caller.roleName()).setParameter("reason", reason)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate()).replaceWithVoid();
    }

    private static String icd10(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normalised = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!ReferralTransitions.icd10Shaped(normalised)) {
            throw ProblemException.invalidField("diagnosis.icd10", "field.icd10.shape");
        }
        return normalised;
    }

    @WithSession
    public Uni<ReferralView> find(Caller caller, UUID id) {
        return views.detail(caller, id);
    }

    @WithSession
    public Uni<PageResponse<ReferralView>> list(Caller caller, ReferralViews.Filter filter, PageRequest page) {
        return views.list(caller, filter, page);
    }
}
