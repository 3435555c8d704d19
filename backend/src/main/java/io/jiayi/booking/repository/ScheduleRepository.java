package io.jiayi.booking.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.booking.Schedule;
import io.jiayi.booking.ScheduleStatus;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<Schedule, UUID> {

    /** The doctor's schedules that overlap [from, to), stopped ones aside. */
    public Uni<List<Schedule>> overlapping(UUID doctorId, OffsetDateTime from, OffsetDateTime to) {
        return list("doctor.id = ?1 and status <> ?2 and startsAt < ?3 and endsAt > ?4 order by startsAt", doctorId,
                ScheduleStatus.STOPPED, to, from);
    }

    public Uni<Schedule> findFull(UUID id) {
        return full(id).firstResult();
    }

    /** As {@link #findFull}, read under the schedule's row lock, for a change of the clinic. */
    public Uni<Schedule> findFullForUpdate(UUID id) {
        return full(id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<Schedule> full(UUID id) {
        return find("from Schedule s join fetch s.doctor join fetch s.department join fetch s.institution"
                + " where s.id = ?1", id);
    }
}
