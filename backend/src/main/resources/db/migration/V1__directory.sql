-- The district's institution directory: streets, institutions, departments, family-doctor
-- teams and doctors. Every later feature refers to these rows by their UUIDs.

CREATE TABLE street (
    id          uuid PRIMARY KEY,
    code        varchar(32)  NOT NULL UNIQUE,
    name        varchar(64)  NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('STREET', 'TOWN')),
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE institution (
    id                 uuid PRIMARY KEY,
    code               varchar(32)  NOT NULL UNIQUE,
    name               varchar(128) NOT NULL,
    short_name         varchar(32)  NOT NULL,
    type               varchar(32)  NOT NULL CHECK (type IN ('COMMUNITY_CENTRE', 'BRANCH_CENTRE',
                           'SERVICE_STATION', 'DISTRICT_HOSPITAL', 'CITY_HOSPITAL')),
    level              varchar(16)  NOT NULL CHECK (level IN ('PRIMARY', 'SECONDARY', 'TERTIARY')),
    -- The community centre a branch centre or a service station belongs to.
    parent_id          uuid REFERENCES institution (id),
    -- The street a centre serves, or the street a branch, station or hospital stands in.
    street_id          uuid REFERENCES street (id),
    address            varchar(256),
    phone              varchar(32),
    signature_service  varchar(128),
    introduction       text,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT institution_parent_only_below_centre CHECK (
        (type IN ('BRANCH_CENTRE', 'SERVICE_STATION')) = (parent_id IS NOT NULL))
);
CREATE INDEX institution_type_idx ON institution (type, code);
CREATE INDEX institution_street_idx ON institution (street_id);
CREATE INDEX institution_parent_idx ON institution (parent_id);
-- Each street or town is served by exactly one community centre.
CREATE UNIQUE INDEX institution_one_centre_per_street
    ON institution (street_id) WHERE type = 'COMMUNITY_CENTRE';

CREATE TABLE department (
    id              uuid PRIMARY KEY,
    institution_id  uuid         NOT NULL REFERENCES institution (id),
    code            varchar(32)  NOT NULL,
    name            varchar(64)  NOT NULL,
    category        varchar(32)  NOT NULL CHECK (category IN ('GENERAL_PRACTICE', 'INTERNAL_MEDICINE',
                        'SURGERY', 'PAEDIATRICS', 'OBSTETRICS_GYNAECOLOGY', 'CHINESE_MEDICINE',
                        'REHABILITATION', 'OPHTHALMOLOGY', 'ENT', 'STOMATOLOGY', 'DERMATOLOGY',
                        'PSYCHIATRY', 'MEDICAL_IMAGING', 'LABORATORY', 'PREVENTIVE_CARE', 'OTHER')),
    introduction    text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT department_code_per_institution UNIQUE (institution_id, code)
);
CREATE INDEX department_institution_idx ON department (institution_id, code);

-- 家庭医生工作室: a family doctor's team at a community centre.
CREATE TABLE family_doctor_team (
    id              uuid PRIMARY KEY,
    institution_id  uuid         NOT NULL REFERENCES institution (id),
    code            varchar(32)  NOT NULL UNIQUE,
    name            varchar(64)  NOT NULL,
    introduction    text,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX family_doctor_team_institution_idx ON family_doctor_team (institution_id);

CREATE TABLE doctor (
    id              uuid PRIMARY KEY,
    code            varchar(32)  NOT NULL UNIQUE,
    institution_id  uuid         NOT NULL REFERENCES institution (id),
    department_id   uuid         REFERENCES department (id),
    team_id         uuid         REFERENCES family_doctor_team (id),
    team_role       varchar(16)  CHECK (team_role IN ('LEADER', 'MEMBER')),
    name            varchar(32)  NOT NULL,
    gender          varchar(8)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    title           varchar(32)  NOT NULL CHECK (title IN ('CHIEF_PHYSICIAN', 'ASSOCIATE_CHIEF_PHYSICIAN',
                        'ATTENDING_PHYSICIAN', 'RESIDENT_PHYSICIAN', 'CHIEF_NURSE', 'NURSE')),
    specialty       varchar(128),
    family_doctor   boolean      NOT NULL DEFAULT false,
    introduction    text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT doctor_team_role_with_team CHECK ((team_id IS NULL) = (team_role IS NULL))
);
CREATE INDEX doctor_institution_idx ON doctor (institution_id, code);
CREATE INDEX doctor_department_idx ON doctor (department_id);
CREATE INDEX doctor_team_idx ON doctor (team_id);
