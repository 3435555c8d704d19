package io.jiayi.booking.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.ClinicType;
import io.jiayi.booking.ScheduleStatus;
import io.jiayi.booking.Slot;
import io.jiayi.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SlotRepository implements PanacheRepositoryBase<Slot, UUID> {

    public record Search(UUID institutionId, UUID departmentId, UUID doctorId, ClinicType clinicType,
            OffsetDateTime from, OffsetDateTime to) {
    }

    private static final String FETCH = "from Slot t join fetch t.schedule s join fetch s.doctor join fetch s.department"
            + " join fetch s.institution";

    public Uni<List<Slot>> search(Search search, PageRequest page) {
        Parameters parameters = new Parameters();
        return find(FETCH + where(search, parameters) + " order by t.startsAt, s.doctor.code, t.position", parameters)
                .page(page.toPanache()).list();
    }

    public Uni<Long> count(Search search) {
        Parameters parameters = new Parameters();
        return count("from Slot t join t.schedule s" + where(search, parameters), parameters);
    }

    public Uni<List<Slot>> ofSchedule(UUID scheduleId) {
        return list("schedule.id = ?1 order by position", scheduleId);
    }

    private static String where(Search search, Parameters parameters) {
        StringBuilder where = new StringBuilder(" where s.status <> :stopped and t.startsAt >= :from and t.startsAt < :to");
        parameters.and("stopped", ScheduleStatus.STOPPED).and("from", search.from()).and("to", search.to());
        if (search.institutionId() != null) {
            where.append(" and s.institution.id = :institution");
            parameters.and("institution", search.institutionId());
        }
        if (search.departmentId() != null) {
            where.append(" and s.department.id = :department");
            parameters.and("department", search.departmentId());
        }
        if (search.doctorId() != null) {
            where.append(" and s.doctor.id = :doctor");
            parameters.and("doctor", search.doctorId());
        }
        if (search.clinicType() != null) {
            where.append(" and s.clinicType = :clinicType");
            parameters.and("clinicType", search.clinicType());
        }
        return where.toString();
    }
}
