-- Two-way referral (双向转诊). Upward: a family doctor refers a signed resident to a hospital
-- department, which opens the slots' referral pool to them for a validity window. Downward: a
-- hospital doctor hands a patient back to a community centre's family doctor as a task.
CREATE TABLE referral (
    id                      uuid PRIMARY KEY,
    direction               varchar(8)    NOT NULL CHECK (direction IN ('UP', 'DOWN')),
    person_id               uuid          NOT NULL REFERENCES person (id),
    -- The resident account that books and confirms for the patient (the signing's applicant).
    resident_account_id     uuid          REFERENCES resident_account (id),
    from_institution_id     uuid          NOT NULL REFERENCES institution (id),
    to_institution_id       uuid          NOT NULL REFERENCES institution (id),
    to_department_id        uuid          REFERENCES department (id),
    -- Upward: the hospital doctor asked for, if any. Downward: the family doctor who gets the task.
    to_doctor_id            uuid          REFERENCES doctor (id),
    referring_doctor_id     uuid          REFERENCES doctor (id),
    referring_account_id    uuid          NOT NULL,
    priority                varchar(8)    NOT NULL CHECK (priority IN ('ROUTINE', 'URGENT')),
    -- What is asked for: CONSULTATION, EXAMINATION, ADMISSION (comma-separated, at least one upward).
    requests                varchar(64)   NOT NULL,
    reason                  varchar(500)  NOT NULL,
    diagnosis               varchar(500)  NOT NULL,
    icd10                   varchar(8),
    clinical_summary        varchar(4000) NOT NULL,
    follow_up               varchar(2000),
    state                   varchar(16)   NOT NULL CHECK (state IN ('CREATED', 'AWAITING_SLOT', 'BOOKED', 'ACCEPTED',
                                'DECLINED', 'VISITED', 'CLOSED', 'EXPIRED', 'CANCELLED', 'ACKNOWLEDGED')),
    valid_until             timestamptz,
    booking_id              uuid          REFERENCES booking (id),
    exam_booking_id         uuid          REFERENCES booking (id),
    admission_requested_at  timestamptz,
    admission_note          varchar(1000),
    outcome                 varchar(2000),
    signing_offered         boolean       NOT NULL DEFAULT false,
    visited_at              timestamptz,
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    CONSTRAINT referral_up_has_department CHECK (direction = 'DOWN' OR (to_department_id IS NOT NULL AND valid_until IS NOT NULL))
);
CREATE INDEX referral_incoming_idx ON referral (to_institution_id, state, priority, created_at);
CREATE INDEX referral_person_idx ON referral (person_id, created_at);
CREATE INDEX referral_referring_idx ON referral (referring_doctor_id, created_at);
CREATE INDEX referral_task_idx ON referral (to_doctor_id, state) WHERE direction = 'DOWN';
CREATE INDEX referral_expiry_idx ON referral (valid_until) WHERE state IN ('CREATED', 'AWAITING_SLOT');

-- Every change of a referral: who, when, why.
CREATE TABLE referral_event (
    id            uuid PRIMARY KEY,
    referral_id   uuid          NOT NULL REFERENCES referral (id),
    from_state    varchar(16),
    to_state      varchar(16)   NOT NULL,
    action        varchar(32)   NOT NULL,
    actor_account_id uuid,
    actor_role    varchar(16)   NOT NULL,
    reason        varchar(2000),
    at            timestamptz   NOT NULL
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, at);

-- Bookings made through a referral, and the priority they carry (优先就诊、优先检查、优先住院).
ALTER TABLE booking ADD COLUMN referral_id uuid REFERENCES referral (id);
ALTER TABLE booking ADD COLUMN priority_flags varchar(64);
CREATE INDEX booking_referral_idx ON booking (referral_id);

-- Examination resources (CT, MRI, ...) are schedules of their own clinic type on the same slot engine.
ALTER TABLE schedule DROP CONSTRAINT schedule_clinic_type_check;
ALTER TABLE schedule ADD CONSTRAINT schedule_clinic_type_check
    CHECK (clinic_type IN ('GENERAL', 'SPECIALIST', 'EXPERT', 'FAMILY_DOCTOR', 'EXAMINATION'));
ALTER TABLE schedule ADD COLUMN exam_modality varchar(16)
    CHECK (exam_modality IN ('CT', 'MRI', 'ULTRASOUND', 'XRAY', 'ENDOSCOPY', 'ECG', 'OTHER'));
ALTER TABLE schedule ADD CONSTRAINT schedule_exam_has_modality
    CHECK ((clinic_type = 'EXAMINATION') = (exam_modality IS NOT NULL));
ALTER TABLE referral_share DROP CONSTRAINT referral_share_clinic_type_check;
ALTER TABLE referral_share ADD CONSTRAINT referral_share_clinic_type_check
    CHECK (clinic_type IN ('GENERAL', 'SPECIALIST', 'EXPERT', 'FAMILY_DOCTOR', 'EXAMINATION'));

-- Referral units moved to the public pool, kept for the referral statistics.
ALTER TABLE slot ADD COLUMN referral_released_units integer NOT NULL DEFAULT 0;

-- Notifications reach staff accounts too (a family doctor told of a declined referral or a new task).
ALTER TABLE notification ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN staff_account_id uuid REFERENCES staff_account (id);
ALTER TABLE notification ADD COLUMN referral_id uuid REFERENCES referral (id);
ALTER TABLE notification ADD CONSTRAINT notification_one_recipient CHECK ((account_id IS NULL) <> (staff_account_id IS NULL));
CREATE INDEX notification_staff_idx ON notification (staff_account_id, created_at);
