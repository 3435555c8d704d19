-- Clinic operations after booking: stops and pauses, check-in, no-shows, booking restrictions,
-- and the notifications the service records for residents (delivered by a later change).
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check
    CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'CHECKED_IN', 'NO_SHOW'));
ALTER TABLE booking ADD COLUMN checked_in_at timestamptz;
ALTER TABLE booking ADD COLUMN cancel_reason varchar(32);
CREATE INDEX booking_no_show_idx ON booking (schedule_id) WHERE status = 'CONFIRMED';

ALTER TABLE schedule ADD COLUMN status_reason varchar(500);

-- 3 no-shows within 90 days restrict new bookings for 90 days (configurable); staff may lift.
CREATE TABLE booking_restriction (
    id             uuid PRIMARY KEY,
    person_id      uuid         NOT NULL REFERENCES person (id),
    starts_at      timestamptz  NOT NULL,
    ends_at        timestamptz  NOT NULL,
    reason         varchar(32)  NOT NULL,
    lifted_at      timestamptz,
    lifted_by      uuid,
    lift_reason    varchar(500)
);
CREATE INDEX booking_restriction_person_idx ON booking_restriction (person_id, ends_at) WHERE lifted_at IS NULL;

CREATE TABLE notification (
    id           uuid PRIMARY KEY,
    account_id   uuid         NOT NULL REFERENCES resident_account (id),
    kind         varchar(32)  NOT NULL,
    booking_id   uuid         REFERENCES booking (id),
    text         varchar(1000) NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX notification_account_idx ON notification (account_id, created_at);
