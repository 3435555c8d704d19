-- Family doctor signing (家庭医生签约): applications (one per household request), one signing
-- per person, the doctors' panels, key-population tags, assessments and management plans,
-- street populations for coverage, and the history of every state change.

-- A doctor's panel: how many residents they may hold, and how many they hold now. The count
-- is changed only by a conditional update, so parallel acceptances never pass the capacity.
CREATE TABLE doctor_panel (
    doctor_id     uuid PRIMARY KEY REFERENCES doctor (id),
    capacity      integer      NOT NULL CHECK (capacity >= 0),
    signed_count  integer      NOT NULL DEFAULT 0 CHECK (signed_count >= 0),
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT doctor_panel_within_capacity CHECK (signed_count <= capacity)
);

-- What a resident asked for in one go: themself and/or members, one doctor, one combination.
CREATE TABLE signing_application (
    id                    uuid PRIMARY KEY,
    applicant_account_id  uuid         NOT NULL REFERENCES resident_account (id),
    doctor_id             uuid         NOT NULL REFERENCES doctor (id),
    centre_id             uuid         NOT NULL REFERENCES institution (id),
    district_hospital_id  uuid         NOT NULL REFERENCES institution (id),
    city_hospital_id      uuid         NOT NULL REFERENCES institution (id),
    kind                  varchar(16)  NOT NULL CHECK (kind IN ('NEW', 'RENEWAL', 'SWITCH')),
    status                varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'CANCELLED')),
    agreement_version     varchar(32)  NOT NULL,
    agreement_accepted_at timestamptz  NOT NULL,
    applied_at            timestamptz  NOT NULL,
    expires_at            timestamptz  NOT NULL,
    decided_at            timestamptz,
    decided_by            uuid,
    decision_reason       varchar(500)
);
CREATE INDEX signing_application_worklist_idx ON signing_application (doctor_id, status, applied_at);
CREATE INDEX signing_application_expiry_idx ON signing_application (expires_at) WHERE status = 'PENDING';

CREATE TABLE signing (
    id                    uuid PRIMARY KEY,
    application_id        uuid         NOT NULL REFERENCES signing_application (id),
    person_id             uuid         NOT NULL REFERENCES person (id),
    doctor_id             uuid         NOT NULL REFERENCES doctor (id),
    centre_id             uuid         NOT NULL REFERENCES institution (id),
    district_hospital_id  uuid         NOT NULL REFERENCES institution (id),
    city_hospital_id      uuid         NOT NULL REFERENCES institution (id),
    kind                  varchar(16)  NOT NULL CHECK (kind IN ('NEW', 'RENEWAL', 'SWITCH')),
    status                varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'EXPIRED',
                              'CANCELLED', 'TERMINATED', 'RENEWED', 'SWITCHED', 'LAPSED')),
    previous_signing_id   uuid         REFERENCES signing (id),
    starts_on             date,
    ends_on               date,
    ended_at              timestamptz,
    termination_reason    varchar(16)  CHECK (termination_reason IN ('MOVED_OUT', 'VOLUNTARY', 'OTHER')),
    termination_note      varchar(500),
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL
);
-- One active signing per person, and one open application: PostgreSQL has the last word.
CREATE UNIQUE INDEX signing_one_active_per_person ON signing (person_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX signing_one_pending_per_person ON signing (person_id) WHERE status = 'PENDING';
CREATE INDEX signing_application_idx ON signing (application_id);
CREATE INDEX signing_panel_idx ON signing (doctor_id, status, ends_on);
CREATE INDEX signing_centre_idx ON signing (centre_id, status);
CREATE INDEX signing_person_idx ON signing (person_id, created_at);

-- Every state change: who, when, from, to, why. Written by the service, never updated.
CREATE TABLE signing_event (
    id           uuid PRIMARY KEY,
    signing_id   uuid         NOT NULL REFERENCES signing (id),
    at           timestamptz  NOT NULL,
    actor_kind   varchar(16)  NOT NULL CHECK (actor_kind IN ('RESIDENT', 'DOCTOR', 'STAFF', 'ADMIN', 'SYSTEM')),
    actor_id     uuid,
    from_status  varchar(16),
    to_status    varchar(16)  NOT NULL,
    reason       varchar(500)
);
CREATE INDEX signing_event_signing_idx ON signing_event (signing_id, at);

-- Conditions that make a person a key population (重点人群). Declared by the resident, confirmed
-- or removed by a doctor; age 65+ and 0-6 come from the ID number and are never stored here.
CREATE TABLE key_population_tag (
    id            uuid PRIMARY KEY,
    person_id     uuid         NOT NULL REFERENCES person (id),
    tag           varchar(40)  NOT NULL,
    status        varchar(16)  NOT NULL CHECK (status IN ('DECLARED', 'CONFIRMED', 'REMOVED')),
    declared_at   timestamptz,
    declared_by   uuid,
    decided_at    timestamptz,
    decided_by    uuid,
    updated_at    timestamptz  NOT NULL
);
CREATE UNIQUE INDEX key_population_tag_one_live ON key_population_tag (person_id, tag) WHERE status <> 'REMOVED';

-- The first health assessment at activation, and later ones; follow-ups will refer to them.
CREATE TABLE health_assessment (
    id                   uuid PRIMARY KEY,
    signing_id           uuid          NOT NULL REFERENCES signing (id),
    person_id            uuid          NOT NULL REFERENCES person (id),
    doctor_id            uuid          NOT NULL REFERENCES doctor (id),
    assessed_at          timestamptz   NOT NULL,
    height_cm            numeric(4, 1),
    weight_kg            numeric(4, 1),
    systolic_mmhg        integer,
    diastolic_mmhg       integer,
    fasting_glucose_mmol numeric(4, 1),
    smoking              varchar(16)   CHECK (smoking IN ('NEVER', 'FORMER', 'CURRENT')),
    notes                varchar(2000)
);
CREATE INDEX health_assessment_signing_idx ON health_assessment (signing_id, assessed_at);

-- A personal health management plan; its items name the conditions managed and how often
-- they are followed up, which the follow-up work turns into due follow-ups.
CREATE TABLE management_plan (
    id          uuid PRIMARY KEY,
    signing_id  uuid          NOT NULL REFERENCES signing (id),
    person_id   uuid          NOT NULL REFERENCES person (id),
    doctor_id   uuid          NOT NULL REFERENCES doctor (id),
    summary     varchar(2000) NOT NULL,
    created_at  timestamptz   NOT NULL,
    superseded_at timestamptz
);
CREATE UNIQUE INDEX management_plan_one_current ON management_plan (signing_id) WHERE superseded_at IS NULL;

CREATE TABLE management_plan_item (
    id                   uuid PRIMARY KEY,
    plan_id              uuid          NOT NULL REFERENCES management_plan (id),
    condition            varchar(40)   NOT NULL,
    follow_ups_per_year  integer       NOT NULL CHECK (follow_ups_per_year BETWEEN 0 AND 52),
    goals                varchar(1000)
);
CREATE INDEX management_plan_item_plan_idx ON management_plan_item (plan_id);

-- Census figures per street: the denominators of coverage, never guessed from app users.
CREATE TABLE street_population (
    street_id        uuid PRIMARY KEY REFERENCES street (id),
    population       integer      NOT NULL CHECK (population >= 0),
    key_population   integer      NOT NULL CHECK (key_population >= 0 AND key_population <= population),
    census_year      integer      NOT NULL,
    updated_at       timestamptz  NOT NULL
);
