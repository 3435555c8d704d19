package io.jiayi.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an administrator did to a partner app, and when. Rows are only added. */
@Entity
@Table(name = "partner_app_event")
public class PartnerAppEvent {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PartnerAppAction")
    public enum Action {
        REGISTERED, SECRET_ROTATED, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "partner_app_id")
    public UUID partnerAppId;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "actor_account_id")
    public UUID actorAccountId;

    public OffsetDateTime at;
}
