-- Doctors' schedules and their time slots, each slot's capacity split into a public pool and
-- a referral pool; and each institution's booking rules. Bookings come with the next change.

CREATE TABLE booking_rule (
    institution_id            uuid PRIMARY KEY REFERENCES institution (id),
    -- Slots of day D open at release_time on day D - horizon_days (e.g. 08:00 for day N+7).
    horizon_days              integer      NOT NULL CHECK (horizon_days BETWEEN 1 AND 90),
    release_time              time         NOT NULL,
    -- No new booking for a slot later than this many minutes before it starts.
    booking_cutoff_minutes    integer      NOT NULL CHECK (booking_cutoff_minutes BETWEEN 0 AND 1440),
    -- Cancellation allowed until this many minutes before the slot...
    cancel_deadline_minutes   integer      CHECK (cancel_deadline_minutes BETWEEN 0 AND 10080),
    -- ...or until this time on the day before (one of the two is set).
    cancel_by_previous_day_at time,
    updated_at                timestamptz  NOT NULL,
    CONSTRAINT booking_rule_one_cancel_deadline CHECK ((cancel_deadline_minutes IS NULL) <> (cancel_by_previous_day_at IS NULL))
);

-- Share of each slot's units reserved for referrals, by institution and clinic type.
CREATE TABLE referral_share (
    institution_id  uuid          NOT NULL REFERENCES institution (id),
    clinic_type     varchar(16)   NOT NULL CHECK (clinic_type IN ('GENERAL', 'SPECIALIST', 'EXPERT', 'FAMILY_DOCTOR')),
    share           numeric(3, 2) NOT NULL CHECK (share >= 0 AND share <= 1),
    PRIMARY KEY (institution_id, clinic_type)
);

CREATE TABLE schedule (
    id                 uuid PRIMARY KEY,
    institution_id     uuid         NOT NULL REFERENCES institution (id),
    department_id      uuid         NOT NULL REFERENCES department (id),
    doctor_id          uuid         NOT NULL REFERENCES doctor (id),
    clinic_date        date         NOT NULL,
    session            varchar(16)  NOT NULL CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
    clinic_type        varchar(16)  NOT NULL CHECK (clinic_type IN ('GENERAL', 'SPECIALIST', 'EXPERT', 'FAMILY_DOCTOR')),
    starts_at          timestamptz  NOT NULL,
    ends_at            timestamptz  NOT NULL,
    slot_minutes       integer      NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    capacity_per_slot  integer      NOT NULL CHECK (capacity_per_slot BETWEEN 1 AND 100),
    fee_fen            integer      NOT NULL CHECK (fee_fen >= 0),
    location           varchar(128) NOT NULL,
    status             varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'PAUSED', 'STOPPED')),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CONSTRAINT schedule_time_order CHECK (ends_at > starts_at)
);
-- A doctor is in one place at a time: overlapping schedules are refused by the database too.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE schedule ADD CONSTRAINT schedule_no_overlap_per_doctor
    EXCLUDE USING gist (doctor_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'STOPPED');
CREATE INDEX schedule_search_idx ON schedule (institution_id, clinic_date, department_id);
CREATE INDEX schedule_doctor_idx ON schedule (doctor_id, clinic_date);

CREATE TABLE slot (
    id                  uuid PRIMARY KEY,
    schedule_id         uuid         NOT NULL REFERENCES schedule (id),
    position            integer      NOT NULL,
    starts_at           timestamptz  NOT NULL,
    ends_at             timestamptz  NOT NULL,
    public_capacity     integer      NOT NULL CHECK (public_capacity >= 0),
    referral_capacity   integer      NOT NULL CHECK (referral_capacity >= 0),
    public_taken        integer      NOT NULL DEFAULT 0,
    referral_taken      integer      NOT NULL DEFAULT 0,
    -- Unused referral units moved to the public pool (at the configured time before the clinic).
    referral_released   boolean      NOT NULL DEFAULT false,
    CONSTRAINT slot_position_unique UNIQUE (schedule_id, position),
    CONSTRAINT slot_public_within_capacity CHECK (public_taken BETWEEN 0 AND public_capacity),
    CONSTRAINT slot_referral_within_capacity CHECK (referral_taken BETWEEN 0 AND referral_capacity)
);
CREATE INDEX slot_schedule_idx ON slot (schedule_id, position);
CREATE INDEX slot_referral_release_idx ON slot (starts_at) WHERE NOT referral_released;
