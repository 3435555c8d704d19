-- Lab and exam reports (报告查询) pushed by the district's hospitals and labs, every version of
-- each, and an optional document (PDF or image) stored by the service.

-- One row per report as the sender knows it: (institution, sender's report id) is the key a
-- push is idempotent by. The columns after person_id describe the current version, so lists
-- never read the versions; released_at is set when a FINAL (or AMENDED) version first arrives,
-- from when on residents see the report.
CREATE TABLE report (
    id                 uuid PRIMARY KEY,
    institution_id     uuid         NOT NULL REFERENCES institution (id),
    sender_report_id   varchar(64)  NOT NULL,
    person_id          uuid         NOT NULL REFERENCES person (id),
    type               varchar(8)   NOT NULL CHECK (type IN ('LAB', 'EXAM')),
    status             varchar(16)  NOT NULL CHECK (status IN ('PRELIMINARY', 'FINAL', 'AMENDED', 'WITHDRAWN')),
    version            integer      NOT NULL CHECK (version >= 1),
    title              varchar(140) NOT NULL,
    reported_at        timestamptz  NOT NULL,
    abnormal_items     integer      NOT NULL DEFAULT 0 CHECK (abnormal_items >= 0),
    released_at        timestamptz,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CONSTRAINT report_sender_key UNIQUE (institution_id, sender_report_id)
);
CREATE INDEX report_person_idx ON report (person_id, reported_at DESC);
CREATE INDEX report_institution_idx ON report (institution_id, reported_at DESC);

-- Every version as pushed; never updated. content_hash (SHA-256 of the canonical content, ID
-- number left out) tells a retry from an amendment.
CREATE TABLE report_version (
    report_id            uuid          NOT NULL REFERENCES report (id),
    version              integer       NOT NULL CHECK (version >= 1),
    status               varchar(16)   NOT NULL CHECK (status IN ('PRELIMINARY', 'FINAL', 'AMENDED', 'WITHDRAWN')),
    content_hash         char(64)      NOT NULL,
    ordering_doctor_name varchar(64)   NOT NULL,
    ordering_doctor_id   uuid          REFERENCES doctor (id),
    collected_at         timestamptz,
    received_at          timestamptz,
    reported_at          timestamptz   NOT NULL,
    specimen             varchar(64),
    panel_code           varchar(32),
    panel_name           varchar(64),
    modality             varchar(16)   CHECK (modality IN ('CT', 'MRI', 'ULTRASOUND', 'XRAY', 'ENDOSCOPY', 'ECG', 'OTHER')),
    body_part            varchar(64),
    findings             text,
    conclusion           text,
    pushed_at            timestamptz   NOT NULL,
    pushed_by            uuid          NOT NULL,
    PRIMARY KEY (report_id, version)
);

-- The items of a lab report's version, in the sender's order.
CREATE TABLE report_lab_item (
    report_id        uuid           NOT NULL,
    version          integer        NOT NULL,
    position         integer        NOT NULL,
    code             varchar(32)    NOT NULL,
    name             varchar(64)    NOT NULL,
    value_text       varchar(64)    NOT NULL,
    value_numeric    numeric(18, 6),
    unit             varchar(32),
    reference_range  varchar(64),
    flag             varchar(8)     CHECK (flag IN ('N', 'H', 'L', 'HH', 'LL', 'ABNORMAL')),
    PRIMARY KEY (report_id, version, position),
    FOREIGN KEY (report_id, version) REFERENCES report_version (report_id, version)
);

-- The report's document, apart from the report so that reading a report never loads it.
CREATE TABLE report_document (
    report_id    uuid          PRIMARY KEY REFERENCES report (id),
    media_type   varchar(32)   NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   integer       NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)      NOT NULL,
    content      bytea         NOT NULL,
    uploaded_at  timestamptz   NOT NULL,
    uploaded_by  uuid          NOT NULL
);
