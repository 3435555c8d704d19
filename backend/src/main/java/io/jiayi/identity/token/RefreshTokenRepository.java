package io.jiayi.identity.token;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    public Uni<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResult();
    }

    /** Marks a token used if nobody did before: of two concurrent uses exactly one gets 1. */
    public Uni<Integer> markUsed(UUID id, OffsetDateTime now) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", now, id);
    }

    public Uni<Integer> revokeFamily(UUID familyId, OffsetDateTime now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }
}
