package io.jiayi.identity.member;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ManagedMemberRepository implements PanacheRepositoryBase<ManagedMember, UUID> {

    private static final List<MemberStatus> LIVE = List.of(MemberStatus.PENDING_CONSENT, MemberStatus.ACTIVE);

    public Uni<List<ManagedMember>> liveOf(UUID managerId) {
        return list("from ManagedMember m join fetch m.person where m.managerId = ?1 and m.status in ?2"
                + " order by m.createdAt", managerId, LIVE);
    }

    public Uni<Long> countLive(UUID managerId) {
        return count("managerId = ?1 and status in ?2", managerId, LIVE);
    }

    /** A member of this manager's, or null: another resident's member is simply not found. */
    public Uni<ManagedMember> findOwned(UUID memberId, UUID managerId) {
        return owned(memberId, managerId).firstResult();
    }

    /** As {@link #findOwned}, under the link's row lock, for a change of its status. */
    public Uni<ManagedMember> findOwnedForUpdate(UUID memberId, UUID managerId) {
        return owned(memberId, managerId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private PanacheQuery<ManagedMember> owned(UUID memberId, UUID managerId) {
        return find("from ManagedMember m join fetch m.person where m.id = ?1 and m.managerId = ?2", memberId, managerId);
    }

    public Uni<ManagedMember> findLive(UUID managerId, UUID personId) {
        return find("from ManagedMember m join fetch m.person where m.managerId = ?1 and m.person.id = ?2"
                + " and m.status in ?3", managerId, personId, LIVE).firstResult();
    }

    public Uni<Boolean> isActive(UUID managerId, UUID personId) {
        return count("managerId = ?1 and person.id = ?2 and status = ?3", managerId, personId, MemberStatus.ACTIVE)
                .map(n -> n > 0);
    }

    /** Links in which this person is the member, as they see them to withdraw. */
    public Uni<List<ManagedMember>> liveManaging(UUID personId) {
        return list("from ManagedMember m where m.person.id = ?1 and m.status in ?2 order by m.createdAt", personId,
                LIVE);
    }

    /** The link in which the person is the member, under its row lock, for a change of its status. */
    public Uni<ManagedMember> findManagingForUpdate(UUID linkId, UUID personId) {
        return find("from ManagedMember m join fetch m.person where m.id = ?1 and m.person.id = ?2", linkId, personId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
