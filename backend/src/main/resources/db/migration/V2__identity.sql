-- Identity: people known by their ID number, resident and staff accounts, consents,
-- managed family members (就诊人) and refresh tokens.

-- One row per real person, whoever registered them: a resident for themselves, or a manager
-- for a family member. Later features (booking, signing, reports) refer to people by this id.
-- The ID number is stored encrypted (AES-GCM) with a keyed hash for lookups and uniqueness.
CREATE TABLE person (
    id              uuid PRIMARY KEY,
    name            varchar(64)  NOT NULL,
    id_number_enc   text         NOT NULL,
    id_number_hash  char(64)     NOT NULL UNIQUE,
    birth_date      date         NOT NULL,
    sex             varchar(8)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE TABLE resident_account (
    id              uuid PRIMARY KEY,
    phone_enc       text         NOT NULL,
    phone_hash      char(64)     NOT NULL UNIQUE,
    -- Set by real-name registration; unique, so two accounts cannot claim one ID number.
    person_id       uuid         UNIQUE REFERENCES person (id),
    created_at      timestamptz  NOT NULL,
    last_login_at   timestamptz  NOT NULL
);

-- Separate consents, e.g. to processing health data (PIPL art. 29): what, which text, when.
CREATE TABLE consent (
    id                   uuid PRIMARY KEY,
    resident_account_id  uuid         NOT NULL REFERENCES resident_account (id),
    purpose              varchar(48)  NOT NULL CHECK (purpose IN ('HEALTH_DATA_PROCESSING')),
    version              varchar(32)  NOT NULL,
    granted_at           timestamptz  NOT NULL,
    withdrawn_at         timestamptz
);
CREATE INDEX consent_account_idx ON consent (resident_account_id, purpose);

CREATE TABLE staff_account (
    id               uuid PRIMARY KEY,
    username         varchar(64)  NOT NULL,
    password_hash    varchar(100) NOT NULL,
    role             varchar(16)  NOT NULL CHECK (role IN ('DOCTOR', 'STAFF', 'ADMIN')),
    institution_id   uuid         REFERENCES institution (id),
    doctor_id        uuid         UNIQUE REFERENCES doctor (id),
    failed_attempts  integer      NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT staff_account_doctor_has_doctor CHECK (role <> 'DOCTOR' OR doctor_id IS NOT NULL),
    CONSTRAINT staff_account_bound_to_institution CHECK (role = 'ADMIN' OR institution_id IS NOT NULL)
);
CREATE UNIQUE INDEX staff_account_username_key ON staff_account (lower(username));

-- Refresh tokens rotate: each is used once and replaced by the next of its family; a second
-- use of one reveals a theft and revokes the family. Only a hash of the token is stored.
CREATE TABLE refresh_token (
    id            uuid PRIMARY KEY,
    family_id     uuid         NOT NULL,
    subject_kind  varchar(16)  NOT NULL CHECK (subject_kind IN ('RESIDENT', 'STAFF')),
    subject_id    uuid         NOT NULL,
    token_hash    char(64)     NOT NULL UNIQUE,
    issued_at     timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    used_at       timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_subject_idx ON refresh_token (subject_kind, subject_id);

-- 就诊人: a family member a resident manages. Children under 14 by the guardian's declaration;
-- adults only after consenting with a code sent to their own phone, and until they withdraw.
CREATE TABLE managed_member (
    id                    uuid PRIMARY KEY,
    manager_id            uuid         NOT NULL REFERENCES resident_account (id),
    person_id             uuid         NOT NULL REFERENCES person (id),
    relationship          varchar(16)  NOT NULL CHECK (relationship IN ('CHILD', 'PARENT', 'SPOUSE', 'OTHER')),
    status                varchar(16)  NOT NULL CHECK (status IN ('PENDING_CONSENT', 'ACTIVE', 'WITHDRAWN', 'REMOVED')),
    phone_enc             text,
    guardian_declared_at  timestamptz,
    consented_at          timestamptz,
    ended_at              timestamptz,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL
);
CREATE UNIQUE INDEX managed_member_one_live_link
    ON managed_member (manager_id, person_id) WHERE status IN ('PENDING_CONSENT', 'ACTIVE');
CREATE INDEX managed_member_manager_idx ON managed_member (manager_id, status);
CREATE INDEX managed_member_person_idx ON managed_member (person_id, status);
