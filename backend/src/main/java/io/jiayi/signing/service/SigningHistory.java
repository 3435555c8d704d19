package io.jiayi.signing.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.signing.ActorKind;
import io.jiayi.signing.SigningEvent;
import io.jiayi.signing.SigningStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Records every state change of a signing; nothing here updates or deletes. */
@ApplicationScoped
public class SigningHistory implements PanacheRepositoryBase<SigningEvent, UUID> {

    public Uni<Void> record(UUID signingId, SigningStatus from, SigningStatus to, ActorKind actorKind, UUID actorId,
            String reason, OffsetDateTime at) {
        SigningEvent event = new SigningEvent();
        event.id = UUID.randomUUID();
        event.signingId = signingId;
        event.at = at;
        event.actorKind = actorKind;
        event.actorId = actorId;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason;
        return persist(event).replaceWithVoid();
    }

    public Uni<java.util.List<SigningEvent>> of(UUID signingId) {
        return list("signingId = ?1 order by at, id", signingId);
    }
}
