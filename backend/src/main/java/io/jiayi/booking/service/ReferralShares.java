package io.jiayi.booking.service;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.booking.ClinicType;
import io.jiayi.common.error.ProblemException;
import io.jiayi.directory.repository.InstitutionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The share of a clinic type's units an institution keeps for referrals (20% of expert slots at
 * the regional medical centre). New schedules split their slots by it; published ones keep theirs.
 */
@ApplicationScoped
public class ReferralShares {

    private final InstitutionRepository institutions;

    public ReferralShares(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    /** The share, 0 where none was set. */
    @WithSession
    public Uni<BigDecimal> shareOf(UUID institutionId, ClinicType type) {
        return existing(institutionId).flatMap(found -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT share FROM referral_share WHERE institution_id = :id AND clinic_type = :type",
                        BigDecimal.class)
                .setParameter("id", institutionId).setParameter("type", type.name()).getResultList()))
                .map(rows -> rows.isEmpty() ? BigDecimal.ZERO.setScale(2) : rows.get(0));
    }

    @WithTransaction
    public Uni<BigDecimal> set(UUID institutionId, ClinicType type, BigDecimal share) {
        return existing(institutionId).flatMap(found -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("""
                        INSERT INTO referral_share (institution_id, clinic_type, share) VALUES (:id, :type, :share)
                        ON CONFLICT (institution_id, clinic_type) DO UPDATE SET share = EXCLUDED.share""")
                .setParameter("id", institutionId).setParameter("type", type.name()).setParameter("share", share)
                .executeUpdate()))
                .replaceWith(share);
    }

    private Uni<Void> existing(UUID institutionId) {
        return institutions.findById(institutionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("institution"))
                .replaceWithVoid();
    }
}
