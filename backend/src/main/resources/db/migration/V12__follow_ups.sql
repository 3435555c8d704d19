-- Online follow-ups (在线随访) of chronic conditions: versioned forms with typed questions, plans
-- per condition that yield due follow-ups with a window, answers validated against the form
-- version a follow-up was issued with, readings (from answers and self-measurements) and the
-- alerts abnormal readings raise for the family doctor.

-- A form version never changes once published; a new version is a new row.
CREATE TABLE follow_up_form (
    id            uuid PRIMARY KEY,
    code          varchar(40)  NOT NULL,
    version       integer      NOT NULL CHECK (version >= 1),
    title         varchar(200) NOT NULL,
    published_at  timestamptz  NOT NULL,
    CONSTRAINT follow_up_form_code_version UNIQUE (code, version)
);

CREATE TABLE follow_up_question (
    form_id       uuid          NOT NULL REFERENCES follow_up_form (id),
    code          varchar(40)   NOT NULL,
    position      integer       NOT NULL,
    label         varchar(200)  NOT NULL,
    type          varchar(16)   NOT NULL CHECK (type IN ('NUMBER', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'TEXT', 'DATE')),
    required      boolean       NOT NULL,
    unit          varchar(16),
    min_value     numeric(10, 3),
    max_value     numeric(10, 3),
    decimals      integer       CHECK (decimals BETWEEN 0 AND 3),
    max_length    integer       CHECK (max_length BETWEEN 1 AND 2000),
    allow_future  boolean       NOT NULL DEFAULT false,
    -- The health reading a NUMBER answer is (SYSTOLIC, FASTING_GLUCOSE, ...): it joins the timeline and the alert rules.
    reading       varchar(32),
    PRIMARY KEY (form_id, code),
    CONSTRAINT follow_up_question_number CHECK (type <> 'NUMBER' OR (min_value IS NOT NULL AND max_value IS NOT NULL
                                                 AND decimals IS NOT NULL AND min_value <= max_value)),
    CONSTRAINT follow_up_question_text CHECK (type <> 'TEXT' OR max_length IS NOT NULL),
    CONSTRAINT follow_up_question_reading CHECK (reading IS NULL OR type = 'NUMBER')
);

CREATE TABLE follow_up_question_option (
    form_id        uuid          NOT NULL,
    question_code  varchar(40)   NOT NULL,
    position       integer       NOT NULL,
    code           varchar(40)   NOT NULL,
    label          varchar(200)  NOT NULL,
    PRIMARY KEY (form_id, question_code, code),
    FOREIGN KEY (form_id, question_code) REFERENCES follow_up_question (form_id, code)
);

-- A plan per person and managed condition; its follow-ups are written when it is made.
CREATE TABLE follow_up_plan (
    id              uuid PRIMARY KEY,
    person_id       uuid          NOT NULL REFERENCES person (id),
    signing_id      uuid          NOT NULL REFERENCES signing (id),
    doctor_id       uuid          NOT NULL REFERENCES doctor (id),
    condition       varchar(40)   NOT NULL,
    form_code       varchar(40)   NOT NULL,
    interval_days   integer       NOT NULL CHECK (interval_days BETWEEN 7 AND 366),
    first_due_on    date          NOT NULL,
    until           date          NOT NULL CHECK (until >= first_due_on),
    source          varchar(16)   NOT NULL CHECK (source IN ('DOCTOR', 'MANAGEMENT_PLAN', 'REFERRAL')),
    source_id       uuid,
    status          varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    created_at      timestamptz   NOT NULL,
    created_by      uuid,
    cancelled_at    timestamptz,
    cancelled_by    uuid,
    cancel_reason   varchar(500)
);
-- One active plan per person and condition: PostgreSQL has the last word.
CREATE UNIQUE INDEX follow_up_plan_one_active ON follow_up_plan (person_id, condition) WHERE status = 'ACTIVE';

-- One due follow-up. DUE, UPCOMING and OVERDUE are not stored: they follow from the window and the clock.
CREATE TABLE follow_up (
    id                 uuid PRIMARY KEY,
    plan_id            uuid          NOT NULL REFERENCES follow_up_plan (id),
    person_id          uuid          NOT NULL REFERENCES person (id),
    seq                integer       NOT NULL CHECK (seq >= 1),
    due_on             date          NOT NULL,
    opens_on           date          NOT NULL,
    closes_on          date          NOT NULL,
    -- The form version the follow-up was issued with; answers are validated against it.
    form_id            uuid          NOT NULL REFERENCES follow_up_form (id),
    status             varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'ANSWERED', 'CANCELLED')),
    answers            jsonb,
    channel            varchar(8)    CHECK (channel IN ('ONLINE', 'PHONE', 'VISIT')),
    answered_at        timestamptz,
    answered_by        uuid,
    answered_by_role   varchar(16),
    CONSTRAINT follow_up_window CHECK (opens_on <= due_on AND due_on <= closes_on),
    CONSTRAINT follow_up_answered CHECK ((status = 'ANSWERED') = (answers IS NOT NULL AND answered_at IS NOT NULL)),
    CONSTRAINT follow_up_plan_seq UNIQUE (plan_id, seq)
);
CREATE INDEX follow_up_person_idx ON follow_up (person_id, due_on);
CREATE INDEX follow_up_pending_idx ON follow_up (form_id, opens_on) WHERE status = 'PENDING';

-- Readings: what one answer or one self-measurement recorded, at one time.
CREATE TABLE health_reading_event (
    id                 uuid PRIMARY KEY,
    person_id          uuid          NOT NULL REFERENCES person (id),
    measured_at        timestamptz   NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    origin             varchar(20)   NOT NULL CHECK (origin IN ('FOLLOW_UP', 'SELF_MEASUREMENT')),
    source             varchar(16)   NOT NULL CHECK (source IN ('ONLINE', 'PHONE', 'VISIT', 'APP', 'HEALTH_STATION', 'DEVICE')),
    kind               varchar(16)   CHECK (kind IN ('BLOOD_PRESSURE', 'GLUCOSE', 'WEIGHT')),
    follow_up_id       uuid          REFERENCES follow_up (id),
    recorded_by        uuid          NOT NULL,
    recorded_by_role   varchar(16)   NOT NULL,
    CONSTRAINT health_reading_event_origin CHECK ((origin = 'FOLLOW_UP') = (follow_up_id IS NOT NULL))
);
CREATE INDEX health_reading_event_person_idx ON health_reading_event (person_id, measured_at);

CREATE TABLE health_reading (
    event_id  uuid          NOT NULL REFERENCES health_reading_event (id),
    reading   varchar(32)   NOT NULL,
    value     numeric(7, 2) NOT NULL,
    unit      varchar(16)   NOT NULL,
    PRIMARY KEY (event_id, reading)
);

-- An abnormal reading for the family doctor, open until they acknowledge it.
CREATE TABLE follow_up_alert (
    id                  uuid PRIMARY KEY,
    person_id           uuid          NOT NULL REFERENCES person (id),
    doctor_id           uuid          NOT NULL REFERENCES doctor (id),
    event_id            uuid          NOT NULL REFERENCES health_reading_event (id),
    level               varchar(8)    NOT NULL CHECK (level IN ('ALERT', 'URGENT')),
    status              varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED')),
    raised_at           timestamptz   NOT NULL,
    acknowledged_at     timestamptz,
    acknowledged_by     uuid,
    note                varchar(500),
    CONSTRAINT follow_up_alert_acknowledged CHECK ((status = 'ACKNOWLEDGED') = (acknowledged_at IS NOT NULL))
);
CREATE INDEX follow_up_alert_doctor_idx ON follow_up_alert (doctor_id, status, raised_at);

CREATE TABLE follow_up_alert_finding (
    alert_id   uuid          NOT NULL REFERENCES follow_up_alert (id),
    reading    varchar(32)   NOT NULL,
    value      numeric(7, 2) NOT NULL,
    threshold  numeric(7, 2) NOT NULL,
    level      varchar(8)    NOT NULL CHECK (level IN ('ALERT', 'URGENT')),
    PRIMARY KEY (alert_id, reading)
);

-- Seed forms, version 1 of each managed condition.
INSERT INTO follow_up_form (id, code, version, title, published_at) VALUES
    ('f0110000-0000-4000-8000-000000000001', 'HYPERTENSION', 1, '高血压患者随访表', TIMESTAMPTZ '2026-01-01 00:00:00+08'),
    ('f0110000-0000-4000-8000-000000000002', 'TYPE2_DIABETES', 1, '2型糖尿病患者随访表', TIMESTAMPTZ '2026-01-01 00:00:00+08'),
    ('f0110000-0000-4000-8000-000000000003', 'SEVERE_MENTAL_DISORDER', 1, '严重精神障碍患者随访表', TIMESTAMPTZ '2026-01-01 00:00:00+08');

INSERT INTO follow_up_question (form_id, code, position, label, type, required, unit, min_value, max_value, decimals, max_length, allow_future, reading) VALUES
    ('f0110000-0000-4000-8000-000000000001', 'systolic', 1, '收缩压', 'NUMBER', true, 'mmHg', 60, 300, 0, NULL, false, 'SYSTOLIC'),
    ('f0110000-0000-4000-8000-000000000001', 'diastolic', 2, '舒张压', 'NUMBER', true, 'mmHg', 30, 200, 0, NULL, false, 'DIASTOLIC'),
    ('f0110000-0000-4000-8000-000000000001', 'heartRate', 3, '心率', 'NUMBER', false, 'bpm', 30, 200, 0, NULL, false, 'PULSE'),
    ('f0110000-0000-4000-8000-000000000001', 'weight', 4, '体重', 'NUMBER', false, 'kg', 20, 300, 1, NULL, false, 'WEIGHT'),
    ('f0110000-0000-4000-8000-000000000001', 'medicationAdherence', 5, '服药依从性', 'SINGLE_CHOICE', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 6, '目前症状', 'MULTIPLE_CHOICE', false, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000001', 'smoking', 7, '目前吸烟', 'YES_NO', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000001', 'measuredOn', 8, '测量日期', 'DATE', false, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000001', 'notes', 9, '其他情况', 'TEXT', false, NULL, NULL, NULL, NULL, 500, false, NULL),
    ('f0110000-0000-4000-8000-000000000001', 'nextVisitOn', 10, '下次随访日期', 'DATE', false, NULL, NULL, NULL, NULL, NULL, true, NULL),

    ('f0110000-0000-4000-8000-000000000002', 'fastingGlucose', 1, '空腹血糖', 'NUMBER', true, 'mmol/L', 1, 33.3, 1, NULL, false, 'FASTING_GLUCOSE'),
    ('f0110000-0000-4000-8000-000000000002', 'systolic', 2, '收缩压', 'NUMBER', false, 'mmHg', 60, 300, 0, NULL, false, 'SYSTOLIC'),
    ('f0110000-0000-4000-8000-000000000002', 'diastolic', 3, '舒张压', 'NUMBER', false, 'mmHg', 30, 200, 0, NULL, false, 'DIASTOLIC'),
    ('f0110000-0000-4000-8000-000000000002', 'weight', 4, '体重', 'NUMBER', false, 'kg', 20, 300, 1, NULL, false, 'WEIGHT'),
    ('f0110000-0000-4000-8000-000000000002', 'medicationAdherence', 5, '服药依从性', 'SINGLE_CHOICE', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000002', 'insulin', 6, '使用胰岛素', 'YES_NO', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000002', 'hypoglycaemia', 7, '近期有低血糖反应', 'YES_NO', false, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 8, '目前症状', 'MULTIPLE_CHOICE', false, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000002', 'measuredOn', 9, '测量日期', 'DATE', false, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000002', 'notes', 10, '其他情况', 'TEXT', false, NULL, NULL, NULL, NULL, 500, false, NULL),

    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 1, '危险性评估', 'SINGLE_CHOICE', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000003', 'stable', 2, '病情稳定', 'YES_NO', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000003', 'medicationAdherence', 3, '服药依从性', 'SINGLE_CHOICE', true, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000003', 'socialFunction', 4, '社会功能', 'SINGLE_CHOICE', false, NULL, NULL, NULL, NULL, NULL, false, NULL),
    ('f0110000-0000-4000-8000-000000000003', 'notes', 5, '其他情况', 'TEXT', false, NULL, NULL, NULL, NULL, 500, false, NULL),
    ('f0110000-0000-4000-8000-000000000003', 'nextVisitOn', 6, '下次随访日期', 'DATE', false, NULL, NULL, NULL, NULL, NULL, true, NULL);

INSERT INTO follow_up_question_option (form_id, question_code, position, code, label) VALUES
    ('f0110000-0000-4000-8000-000000000001', 'medicationAdherence', 1, 'REGULAR', '规律服药'),
    ('f0110000-0000-4000-8000-000000000001', 'medicationAdherence', 2, 'INTERMITTENT', '间断服药'),
    ('f0110000-0000-4000-8000-000000000001', 'medicationAdherence', 3, 'NONE', '不服药'),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 1, 'NONE', '无症状'),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 2, 'DIZZINESS', '头痛头晕'),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 3, 'NAUSEA', '恶心呕吐'),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 4, 'BLURRED_VISION', '眼花耳鸣'),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 5, 'PALPITATION', '心悸胸闷'),
    ('f0110000-0000-4000-8000-000000000001', 'symptoms', 6, 'NUMBNESS', '四肢发麻'),

    ('f0110000-0000-4000-8000-000000000002', 'medicationAdherence', 1, 'REGULAR', '规律服药'),
    ('f0110000-0000-4000-8000-000000000002', 'medicationAdherence', 2, 'INTERMITTENT', '间断服药'),
    ('f0110000-0000-4000-8000-000000000002', 'medicationAdherence', 3, 'NONE', '不服药'),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 1, 'NONE', '无症状'),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 2, 'POLYDIPSIA', '多饮'),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 3, 'POLYURIA', '多尿'),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 4, 'WEIGHT_LOSS', '体重下降'),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 5, 'BLURRED_VISION', '视力模糊'),
    ('f0110000-0000-4000-8000-000000000002', 'symptoms', 6, 'FOOT_ULCER', '足部溃疡'),

    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 1, 'LEVEL_0', '0级'),
    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 2, 'LEVEL_1', '1级'),
    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 3, 'LEVEL_2', '2级'),
    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 4, 'LEVEL_3', '3级'),
    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 5, 'LEVEL_4', '4级'),
    ('f0110000-0000-4000-8000-000000000003', 'riskLevel', 6, 'LEVEL_5', '5级'),
    ('f0110000-0000-4000-8000-000000000003', 'medicationAdherence', 1, 'REGULAR', '规律服药'),
    ('f0110000-0000-4000-8000-000000000003', 'medicationAdherence', 2, 'INTERMITTENT', '间断服药'),
    ('f0110000-0000-4000-8000-000000000003', 'medicationAdherence', 3, 'NONE', '不服药'),
    ('f0110000-0000-4000-8000-000000000003', 'socialFunction', 1, 'GOOD', '良好'),
    ('f0110000-0000-4000-8000-000000000003', 'socialFunction', 2, 'FAIR', '一般'),
    ('f0110000-0000-4000-8000-000000000003', 'socialFunction', 3, 'POOR', '较差');
