-- Who read whose health data, when, from where. Rows are only ever added: no API changes them,
-- and the database refuses updates and deletes as well.
CREATE TABLE audit_entry (
    id                    uuid PRIMARY KEY,
    at                    timestamptz  NOT NULL,
    actor_account_id      uuid         NOT NULL,
    actor_role            varchar(16)  NOT NULL CHECK (actor_role IN ('RESIDENT', 'DOCTOR', 'STAFF', 'ADMIN', 'PARTNER')),
    actor_institution_id  uuid,
    subject_person_id     uuid         NOT NULL REFERENCES person (id),
    action                varchar(32)  NOT NULL,
    resource_type         varchar(32)  NOT NULL,
    resource_id           uuid,
    address               varchar(64),
    trace_id              varchar(32)
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_person_id, at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_account_id, at);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
