package io.jiayi.booking.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.ClinicType;
import io.jiayi.booking.ExamModality;
import io.jiayi.booking.ReferralSplit;
import io.jiayi.booking.ReleasePolicy;
import io.jiayi.booking.Schedule;
import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.Session;
import io.jiayi.booking.Slot;
import io.jiayi.booking.repository.ScheduleRepository;
import io.jiayi.booking.repository.SlotRepository;
import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.booking.rest.ScheduleModels.NewSchedule;
import io.jiayi.booking.rest.ScheduleModels.ScheduleView;
import io.jiayi.booking.rest.ScheduleModels.SlotCounts;
import io.jiayi.booking.rest.ScheduleModels.WeeklyResult;
import io.jiayi.booking.rest.ScheduleModels.WeeklySession;
import io.jiayi.booking.rest.ScheduleModels.WeeklyTemplate;
import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.Department;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.rest.Refs;
import io.jiayi.directory.repository.DepartmentRepository;
import io.jiayi.directory.repository.DoctorRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Staff publish doctors' schedules, one at a time or as a weekly template over a date range.
 * Each schedule is cut into slots whose units split into a public and a referral pool. A doctor
 * cannot be in two schedules at once (checked here for a clear answer, and by the database).
 */
@ApplicationScoped
public class SchedulePublishing {

    /** One session to publish, whether from a single request or a template. */
    private record Plan(LocalDate date, Session session, LocalTime start, LocalTime end) {
    }

    private final ScheduleRepository schedules;
    private final SlotRepository slots;
    private final DoctorRepository doctors;
    private final DepartmentRepository departments;
    private final BookingRules rules;
    private final ReferralShares referralShares;
    private final BookingConfig config;
    private final Clock clock;

    public SchedulePublishing(ScheduleRepository schedules, SlotRepository slots, DoctorRepository doctors,
            DepartmentRepository departments, BookingRules rules, ReferralShares referralShares, BookingConfig config,
            Clock clock) {
        this.schedules = schedules;
        this.slots = slots;
        this.doctors = doctors;
        this.departments = departments;
        this.rules = rules;
        this.referralShares = referralShares;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ScheduleView> publish(Caller caller, NewSchedule request) {
        Plan plan = new Plan(request.date(), request.session(), request.startTime(), request.endTime());
        return publishAll(caller, request.doctorId(), request.departmentId(), List.of(plan), request.clinicType(),
                request.examModality(), request.slotMinutes(), request.capacityPerSlot(), request.feeFen(),
                request.location())
                .map(views -> views.get(0));
    }

    @WithTransaction
    public Uni<WeeklyResult> publishWeekly(Caller caller, WeeklyTemplate template) {
        if (template.to().isBefore(template.from())
                || template.from().plusDays(config.maxTemplateDays()).isBefore(template.to())) {
            return Uni.createFrom().failure(ProblemException.invalidField("to", "field.template.range"));
        }
        List<Plan> plans = new ArrayList<>();
        for (LocalDate date = template.from(); !date.isAfter(template.to()); date = date.plusDays(1)) {
            for (WeeklySession session : template.sessions()) {
                if (session.dayOfWeek() == date.getDayOfWeek()) {
                    plans.add(new Plan(date, session.session(), session.startTime(), session.endTime()));
                }
            }
        }
        if (plans.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalidField("sessions", "field.template.empty"));
        }
        return publishAll(caller, template.doctorId(), template.departmentId(), plans, template.clinicType(),
                template.examModality(), template.slotMinutes(), template.capacityPerSlot(), template.feeFen(),
                template.location())
                .map(WeeklyResult::new);
    }

    @WithSession
    public Uni<ScheduleView> find(UUID scheduleId) {
        return schedules.findFull(scheduleId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("schedule"))
                .flatMap(schedule -> slots.ofSchedule(scheduleId)
                        .flatMap(list -> rules.inForce(schedule.institution.id).map(rule -> view(schedule, list,
                                ReleasePolicy.opensAt(schedule.clinicDate, rule.horizonDays, rule.releaseTime, zone())))));
    }

    private Uni<List<ScheduleView>> publishAll(Caller caller, String doctorIdText, String departmentIdText,
            List<Plan> plans, ClinicType clinicType, ExamModality examModality, int slotMinutes, int capacityPerSlot,
            int feeFen, String location) {
        if ((clinicType == ClinicType.EXAMINATION) != (examModality != null)) {
            return Uni.createFrom().failure(ProblemException.invalidField("examModality", "field.schedule.examModality"));
        }
        UUID doctorId = Ids.reference("doctorId", doctorIdText, "doctor");
        UUID departmentId = Ids.reference("departmentId", departmentIdText, "department");
        OffsetDateTime now = OffsetDateTime.now(clock);
        return doctors.find("from Doctor d join fetch d.institution where d.id = ?1", doctorId).firstResult()
                .onItem().ifNull().failWith(() -> Ids.unknownReference("doctorId", "doctor"))
                .flatMap(doctor -> departments.findById(departmentId)
                        .onItem().ifNull().failWith(() -> Ids.unknownReference("departmentId", "department"))
                        .flatMap(department -> {
                            if (!caller.mayManage(doctor.institution.id)) {
                                throw new ProblemException(ProblemCode.FORBIDDEN);
                            }
                            if (!department.institution.id.equals(doctor.institution.id)) {
                                throw new ProblemException(ProblemCode.DEPARTMENT_OF_OTHER_INSTITUTION);
                            }
                            List<Schedule> drafts = plans.stream().map(plan -> draft(plan, doctor, department, clinicType,
                                    examModality, slotMinutes, capacityPerSlot, feeFen, location, now)).toList();
                            return conflicts(doctorId, drafts).flatMap(conflicts -> {
                                if (!conflicts.isEmpty()) {
                                    throw new ProblemException(ProblemCode.SCHEDULE_OVERLAP,
                                            Map.of("conflicts", conflicts));
                                }
                                return shareFor(doctor.institution.id, clinicType)
                                        .flatMap(share -> persistAll(drafts, share))
                                        .flatMap(saved -> rules.inForce(doctor.institution.id).map(rule -> saved.entrySet()
                                                .stream().map(entry -> view(entry.getKey(), entry.getValue(),
                                                        ReleasePolicy.opensAt(entry.getKey().clinicDate, rule.horizonDays,
                                                                rule.releaseTime, zone())))
                                                .toList()));
                            });
                        }))
                .onFailure(failure -> Constraints.violated(failure, "schedule_no_overlap_per_doctor"))
                .transform(failure -> new ProblemException(ProblemCode.SCHEDULE_OVERLAP));
    }

    private Schedule draft(Plan plan, Doctor doctor, Department department, ClinicType clinicType,
            ExamModality examModality, int slotMinutes,
            int capacityPerSlot, int feeFen, String location, OffsetDateTime now) {
        LocalTime start = plan.start() != null ? plan.start() : plan.session().usualStart();
        LocalTime end = plan.end() != null ? plan.end() : plan.session().usualEnd();
        if (!end.isAfter(start) || Duration.between(start, end).toMinutes() < slotMinutes) {
            throw ProblemException.invalidField("endTime", "field.schedule.tooShort");
        }
        OffsetDateTime startsAt = plan.date().atTime(start).atZone(zone()).toOffsetDateTime();
        if (!startsAt.isAfter(now)) {
            throw ProblemException.invalidField("date", "field.schedule.inPast");
        }
        Schedule schedule = new Schedule();
        schedule.id = UUID.randomUUID();
        schedule.institution = doctor.institution;
        schedule.department = department;
        schedule.doctor = doctor;
        schedule.clinicDate = plan.date();
        schedule.session = plan.session();
        schedule.clinicType = clinicType;
        schedule.examModality = examModality;
        schedule.startsAt = startsAt;
        schedule.endsAt = plan.date().atTime(end).atZone(zone()).toOffsetDateTime();
        schedule.slotMinutes = slotMinutes;
        schedule.capacityPerSlot = capacityPerSlot;
        schedule.feeFen = feeFen;
        schedule.location = location;
        schedule.status = ScheduleStatus.OPEN;
        schedule.createdAt = now;
        schedule.updatedAt = now;
        return schedule;
    }

    /** Overlaps with what the doctor already has, and among the new ones themselves. */
    private Uni<List<Map<String, Object>>> conflicts(UUID doctorId, List<Schedule> drafts) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            for (int j = i + 1; j < drafts.size(); j++) {
                if (overlap(drafts.get(i), drafts.get(j))) {
                    found.add(conflict(drafts.get(j), null));
                }
            }
        }
        OffsetDateTime from = drafts.stream().map(s -> s.startsAt).min(OffsetDateTime::compareTo).orElseThrow();
        OffsetDateTime to = drafts.stream().map(s -> s.endsAt).max(OffsetDateTime::compareTo).orElseThrow();
        return schedules.overlapping(doctorId, from, to).map(existing -> {
            for (Schedule draft : drafts) {
                existing.stream().filter(e -> overlap(e, draft)).forEach(e -> found.add(conflict(draft, e.id)));
            }
            return found;
        });
    }

    private static boolean overlap(Schedule a, Schedule b) {
        return a.startsAt.isBefore(b.endsAt) && b.startsAt.isBefore(a.endsAt);
    }

    private static Map<String, Object> conflict(Schedule draft, UUID existingId) {
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("date", draft.clinicDate.toString());
        conflict.put("session", draft.session.name());
        if (existingId != null) {
            conflict.put("scheduleId", existingId.toString());
        }
        return conflict;
    }

    private Uni<BigDecimal> shareFor(UUID institutionId, ClinicType clinicType) {
        return referralShares.shareOf(institutionId, clinicType);
    }

    private Uni<Map<Schedule, List<Slot>>> persistAll(List<Schedule> drafts, BigDecimal share) {
        Map<Schedule, List<Slot>> saved = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Schedule schedule : drafts) {
            List<Slot> cut = cut(schedule, share);
            saved.put(schedule, cut);
            chain = chain.flatMap(ignored -> schedules.persist(schedule))
                    .flatMap(ignored -> slots.persist(cut.stream()))
                    .replaceWithVoid();
        }
        return chain.call(() -> schedules.flush()).replaceWith(saved);
    }

    private static List<Slot> cut(Schedule schedule, BigDecimal share) {
        int count = (int) (Duration.between(schedule.startsAt, schedule.endsAt).toMinutes() / schedule.slotMinutes);
        int[] referral = ReferralSplit.referralUnits(count, schedule.capacityPerSlot, share);
        List<Slot> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Slot slot = new Slot();
            slot.id = UUID.randomUUID();
            slot.schedule = schedule;
            slot.position = i + 1;
            slot.startsAt = schedule.startsAt.plusMinutes((long) i * schedule.slotMinutes);
            slot.endsAt = slot.startsAt.plusMinutes(schedule.slotMinutes);
            slot.referralCapacity = referral[i];
            slot.publicCapacity = schedule.capacityPerSlot - referral[i];
            list.add(slot);
        }
        return list;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    static ScheduleView view(Schedule s, List<Slot> slots, java.time.Instant opensAt) {
        return new ScheduleView(s.id.toString(),
                new Refs.InstitutionRef(s.institution.id.toString(), s.institution.code, s.institution.name),
                new Refs.DepartmentRef(s.department.id.toString(), s.department.code, s.department.name),
                new DoctorSummary(s.doctor.id.toString(), s.doctor.name, s.doctor.title), s.clinicDate, s.session,
                s.clinicType, s.examModality, s.startsAt, s.endsAt, s.slotMinutes, s.capacityPerSlot, s.feeFen, s.location, s.status,
                opensAt, slots.stream().map(t -> new SlotCounts(t.id.toString(), t.position, t.startsAt, t.endsAt,
                        t.publicCapacity, t.publicCapacity - t.publicTaken, t.referralCapacity,
                        t.referralCapacity - t.referralTaken, t.referralReleased)).toList());
    }
}
