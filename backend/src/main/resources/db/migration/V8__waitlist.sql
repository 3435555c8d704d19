-- Waitlists (候补): residents waiting for a sold-out slot. PostgreSQL keeps the entries and their
-- order (place); the Redis gate keeps the same order and hands returned units out.
CREATE SEQUENCE waitlist_place;

CREATE TABLE waitlist_entry (
    id           uuid PRIMARY KEY,
    slot_id      uuid         NOT NULL REFERENCES slot (id),
    schedule_id  uuid         NOT NULL REFERENCES schedule (id),
    person_id    uuid         NOT NULL REFERENCES person (id),
    account_id   uuid         NOT NULL REFERENCES resident_account (id),
    place        bigint       NOT NULL DEFAULT nextval('waitlist_place') UNIQUE,
    -- OFFERED: a returned unit was held for the entry (its booking says whether it was confirmed or lapsed).
    status       varchar(16)  NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'LEFT', 'CLOSED', 'SKIPPED')),
    booking_id   uuid         REFERENCES booking (id),
    end_reason   varchar(40),
    joined_at    timestamptz  NOT NULL,
    ended_at     timestamptz,
    CONSTRAINT waitlist_offer_has_booking CHECK ((status = 'OFFERED') = (booking_id IS NOT NULL))
);
-- One wait per patient and schedule, as one booking per doctor and day.
CREATE UNIQUE INDEX waitlist_one_waiting_per_patient_and_schedule
    ON waitlist_entry (schedule_id, person_id) WHERE status = 'WAITING';
CREATE INDEX waitlist_line_idx ON waitlist_entry (slot_id, place) WHERE status = 'WAITING';
CREATE INDEX waitlist_person_idx ON waitlist_entry (person_id) WHERE status = 'WAITING';
CREATE INDEX waitlist_account_idx ON waitlist_entry (account_id, joined_at);
CREATE INDEX waitlist_booking_idx ON waitlist_entry (booking_id);
