package io.jiayi.signing.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.signing.DoctorPanel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Panel counts change only through conditional updates: of parallel acceptances, those that
 * would pass the capacity update nothing, whatever order they commit in.
 */
@ApplicationScoped
public class DoctorPanelRepository implements PanacheRepositoryBase<DoctorPanel, UUID> {

    public Uni<DoctorPanel> ensure(UUID doctorId, int defaultCapacity, OffsetDateTime now) {
        return getSession().flatMap(session -> session.createNativeQuery(
                "INSERT INTO doctor_panel (doctor_id, capacity, signed_count, updated_at) VALUES (:doctor, :capacity, 0, :now)"
                        + " ON CONFLICT (doctor_id) DO NOTHING")
                .setParameter("doctor", doctorId).setParameter("capacity", defaultCapacity).setParameter("now", now)
                .executeUpdate())
                .flatMap(ignored -> findById(doctorId));
    }

    /** Takes {@code seats} places if they fit: 1 when taken, 0 when the panel is full. */
    public Uni<Integer> take(UUID doctorId, int seats, OffsetDateTime now) {
        return update("signedCount = signedCount + ?1, updatedAt = ?2 where doctorId = ?3"
                + " and signedCount + ?1 <= capacity", seats, now, doctorId);
    }

    public Uni<Integer> release(UUID doctorId, int seats, OffsetDateTime now) {
        return update("signedCount = signedCount - ?1, updatedAt = ?2 where doctorId = ?3 and signedCount >= ?1", seats,
                now, doctorId);
    }

    public Uni<Integer> setCapacity(UUID doctorId, int capacity, OffsetDateTime now) {
        return update("capacity = ?1, updatedAt = ?2 where doctorId = ?3 and signedCount <= ?1", capacity, now, doctorId);
    }
}
