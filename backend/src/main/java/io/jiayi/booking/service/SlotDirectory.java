package io.jiayi.booking.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Which schedule a slot belongs to, remembered: it never changes, and knowing it lets a lock
 * ask the Redis gate first, so that requests for a sold-out slot never reach PostgreSQL.
 */
@ApplicationScoped
public class SlotDirectory {

    private static final int REMEMBERED = 100_000;

    private final Map<UUID, UUID> scheduleOfSlot = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, UUID> eldest) {
            return size() > REMEMBERED;
        }
    };

    public Uni<UUID> scheduleOf(UUID slotId) {
        UUID known;
        synchronized (scheduleOfSlot) {
            known = scheduleOfSlot.get(slotId);
        }
        return known != null ? Uni.createFrom().item(known) : lookUp(slotId);
    }

    @WithSession
    Uni<UUID> lookUp(UUID slotId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT schedule_id FROM slot WHERE id = :slot", UUID.class)
                .setParameter("slot", slotId).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("slot");
                    }
                    synchronized (scheduleOfSlot) {
                        scheduleOfSlot.put(slotId, rows.get(0));
                    }
                    return rows.get(0);
                });
    }
}
