-- Partner (third-party) apps: hospital systems, the city health cloud, a hospital's check-in
-- kiosk. Each gets its access tokens with the OAuth2 client-credentials grant; only a bcrypt hash
-- of its secret is kept. An app bound to an institution acts only there; one bound to none acts
-- district-wide. Scopes come from a fixed catalogue (io.jiayi.common.security.Scope): adding one
-- is a change of the enum and of the check below.
CREATE TABLE partner_app (
    id                  uuid PRIMARY KEY,
    name                varchar(100) NOT NULL,
    institution_id      uuid         REFERENCES institution (id),
    client_id           varchar(64)  NOT NULL UNIQUE,
    client_secret_hash  varchar(100) NOT NULL,
    scopes              text[]       NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    created_at          timestamptz  NOT NULL,
    created_by          uuid         NOT NULL,
    secret_rotated_at   timestamptz,
    revoked_at          timestamptz,
    revoked_by          uuid,
    CONSTRAINT partner_app_scopes_known CHECK (cardinality(scopes) > 0
        AND scopes <@ ARRAY['bookings:check-in', 'reports:push']::text[]),
    CONSTRAINT partner_app_revoked_when CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE INDEX partner_app_institution_idx ON partner_app (institution_id);
CREATE INDEX partner_app_created_idx ON partner_app (created_at);

-- What administrators did to an app, and who: registered it, rotated its secret, revoked it.
-- (The audit trail, audit_entry, records actions on a person's health data; these have none.)
CREATE TABLE partner_app_event (
    id                uuid PRIMARY KEY,
    partner_app_id    uuid         NOT NULL REFERENCES partner_app (id),
    action            varchar(16)  NOT NULL CHECK (action IN ('REGISTERED', 'SECRET_ROTATED', 'REVOKED')),
    actor_account_id  uuid         NOT NULL,
    at                timestamptz  NOT NULL
);
CREATE INDEX partner_app_event_app_idx ON partner_app_event (partner_app_id, at);
