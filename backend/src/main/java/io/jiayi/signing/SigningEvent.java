package io.jiayi.signing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state change of a signing: who, when, from, to, why. Never updated. */
@Entity
@Table(name = "signing_event")
public class SigningEvent {

    @Id
    public UUID id;

    @Column(name = "signing_id")
    public UUID signingId;

    public OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    public ActorKind actorKind;

    @Column(name = "actor_id")
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public SigningStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public SigningStatus toStatus;

    public String reason;
}
