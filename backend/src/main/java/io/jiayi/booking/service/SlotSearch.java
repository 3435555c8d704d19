package io.jiayi.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.BookingRule;
import io.jiayi.booking.ClinicType;
import io.jiayi.booking.ReleasePolicy;
import io.jiayi.booking.Slot;
import io.jiayi.booking.repository.SlotRepository;
import io.jiayi.booking.rest.ScheduleModels.DoctorSummary;
import io.jiayi.booking.rest.ScheduleModels.SlotView;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.directory.rest.Refs;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Residents search slots: exact public counts from the database, and when each opens. */
@ApplicationScoped
public class SlotSearch {

    /** The longest date range one search covers. */
    static final int MAX_RANGE_DAYS = 31;

    private final SlotRepository slots;
    private final BookingRules rules;
    private final Clock clock;

    public SlotSearch(SlotRepository slots, BookingRules rules, Clock clock) {
        this.slots = slots;
        this.rules = rules;
        this.clock = clock;
    }

    @WithSession
    public Uni<PageResponse<SlotView>> search(UUID institutionId, UUID departmentId, UUID doctorId, ClinicType clinicType,
            LocalDate from, LocalDate to, PageRequest page) {
        LocalDate first = from != null ? from : LocalDate.now(clock);
        LocalDate last = to != null ? to : first.plusDays(14);
        if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
            return Uni.createFrom().failure(ProblemException.invalidField("to", "field.search.range"));
        }
        OffsetDateTime start = first.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        var search = new SlotRepository.Search(institutionId, departmentId, doctorId, clinicType, start, end);
        return slots.search(search, page).flatMap(found -> slots.count(search).flatMap(total -> rulesOf(found)
                .map(byInstitution -> PageResponse.of(found, page, total,
                        slot -> view(slot, byInstitution.get(slot.schedule.institution.id))))));
    }

    private Uni<Map<UUID, BookingRule>> rulesOf(List<Slot> found) {
        Uni<Map<UUID, BookingRule>> result = Uni.createFrom().item(new HashMap<>());
        for (UUID institution : found.stream().map(s -> s.schedule.institution.id).distinct().toList()) {
            result = result.flatMap(map -> rules.inForce(institution).map(rule -> {
                map.put(institution, rule);
                return map;
            }));
        }
        return result;
    }

    private SlotView view(Slot slot, BookingRule rule) {
        var schedule = slot.schedule;
        Instant now = clock.instant();
        var verdict = ReleasePolicy.check(now, slot.startsAt.toInstant(), schedule.clinicDate, schedule.status,
                rule.horizonDays, rule.releaseTime, rule.bookingCutoffMinutes, clock.getZone());
        return new SlotView(slot.id.toString(), schedule.id.toString(), slot.startsAt, slot.endsAt, schedule.clinicType,
                schedule.examModality,
                new DoctorSummary(schedule.doctor.id.toString(), schedule.doctor.name, schedule.doctor.title),
                new Refs.DepartmentRef(schedule.department.id.toString(), schedule.department.code, schedule.department.name),
                new Refs.InstitutionRef(schedule.institution.id.toString(), schedule.institution.code, schedule.institution.name),
                schedule.location, schedule.feeFen, slot.publicRemaining(), schedule.status,
                ReleasePolicy.opensAt(schedule.clinicDate, rule.horizonDays, rule.releaseTime, clock.getZone()),
                verdict instanceof ReleasePolicy.Bookable && slot.publicRemaining() > 0);
    }
}
