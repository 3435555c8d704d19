-- Bookings: a hold on one unit of a slot's pool, confirmed within the hold time, cancelled
-- before the deadline, or lapsed. PostgreSQL alone makes oversell impossible: the slot
-- counters cannot pass their capacities, a schedule's sequence numbers are unique, and a
-- patient holds at most one live booking per slot.
CREATE TABLE booking (
    id             uuid PRIMARY KEY,
    booking_no     varchar(24)  NOT NULL UNIQUE,
    slot_id        uuid         NOT NULL REFERENCES slot (id),
    schedule_id    uuid         NOT NULL REFERENCES schedule (id),
    person_id      uuid         NOT NULL REFERENCES person (id),
    account_id     uuid         NOT NULL REFERENCES resident_account (id),
    doctor_id      uuid         NOT NULL REFERENCES doctor (id),
    department_id  uuid         NOT NULL REFERENCES department (id),
    clinic_date    date         NOT NULL,
    pool           varchar(16)  NOT NULL CHECK (pool IN ('PUBLIC', 'REFERRAL')),
    sequence_no    integer      NOT NULL CHECK (sequence_no > 0),
    fencing_token  bigint       NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')),
    held_until     timestamptz  NOT NULL,
    check_in_code  varchar(8)   NOT NULL,
    payment        varchar(24)  NOT NULL DEFAULT 'PAY_AT_CLINIC',
    created_at     timestamptz  NOT NULL,
    confirmed_at   timestamptz,
    ended_at       timestamptz,
    CONSTRAINT booking_sequence_unique UNIQUE (schedule_id, sequence_no)
);
CREATE UNIQUE INDEX booking_one_live_per_patient_and_slot
    ON booking (slot_id, person_id) WHERE status IN ('HELD', 'CONFIRMED');
CREATE INDEX booking_patient_idx ON booking (person_id, status, clinic_date);
CREATE INDEX booking_account_idx ON booking (account_id, created_at);
CREATE INDEX booking_hold_expiry_idx ON booking (held_until) WHERE status = 'HELD';
