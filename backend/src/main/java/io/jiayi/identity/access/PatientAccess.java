package io.jiayi.identity.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemException;
import io.jiayi.identity.account.ResidentAccountRepository;
import io.jiayi.identity.member.ManagedMemberRepository;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The one check every feature runs before a resident acts for someone (books, reads, signs):
 * the patient is the resident themself, or a member whose link is active. Anything else is
 * "not found", so nobody learns whether another person exists. Call inside a session.
 */
@ApplicationScoped
public class PatientAccess {

    /** Who acts and for whom. */
    public record Acting(UUID residentAccountId, UUID patientId, boolean self) {
    }

    private record Pair(UUID residentAccountId, UUID patientId) {
    }

    private final ResidentAccountRepository accounts;
    private final ManagedMemberRepository members;
    private final Cache recent;

    public PatientAccess(ResidentAccountRepository accounts, ManagedMemberRepository members,
            @CacheName("patient-access") Cache recent) {
        this.accounts = accounts;
        this.members = members;
        this.recent = recent;
    }

    /**
     * The same check outside any transaction, remembered for a short while (cache
     * {@code patient-access}; refusals are not remembered). Only for a quick refusal before
     * costly work: whatever then acts for the patient checks again with {@link #actFor}.
     */
    public Uni<Acting> actForRecently(UUID residentAccountId, UUID patientId) {
        return recent.getAsync(new Pair(residentAccountId, patientId),
                pair -> actForNow(pair.residentAccountId(), pair.patientId()));
    }

    /** The check as PostgreSQL has it now, in a session of its own: before writing outside a transaction. */
    @WithSession
    public Uni<Acting> actForNow(UUID residentAccountId, UUID patientId) {
        return actFor(residentAccountId, patientId);
    }

    public Uni<Acting> actFor(UUID residentAccountId, UUID patientId) {
        return accounts.findById(residentAccountId).flatMap(account -> {
            if (account == null) {
                return Uni.createFrom().failure(ProblemException.notFound("patient"));
            }
            if (account.person != null && account.person.id.equals(patientId)) {
                return Uni.createFrom().item(new Acting(residentAccountId, patientId, true));
            }
            return members.isActive(residentAccountId, patientId).map(active -> {
                if (!active) {
                    throw ProblemException.notFound("patient");
                }
                return new Acting(residentAccountId, patientId, false);
            });
        });
    }
}
