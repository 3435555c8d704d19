-- Demo sign-in accounts for dev and tests only (never loaded in prod: the prod profile's Flyway
-- locations omit db/demo). Passwords are listed in the README; the hashes are bcrypt, cost 12.
-- Named to sort after R__demo_directory, whose institutions and doctors it refers to.
INSERT INTO staff_account (id, username, password_hash, role, institution_id, doctor_id, created_at, updated_at)
SELECT gen_random_uuid(), v.username, v.password_hash, v.role,
       (SELECT id FROM institution WHERE code = v.institution_code),
       (SELECT d.id FROM doctor d WHERE d.code = v.doctor_code),
       now(), now()
FROM (VALUES
    ('admin',          '$2a$12$t7fp.zdl7qtNZgX6k9gff.3B4gp1BOJRYOxB8t61D0mbTQvsYJN2W', 'ADMIN',  NULL,           NULL),
    ('tongren.staff',  '$2a$12$ZHou6xTylnFiVVRzw0w93.G7GtsAf7j8mmRVWKCWgzYFgFkv0qR4G', 'STAFF',  'HOSP-TONGREN', NULL),
    ('xinhua.staff',   '$2a$12$ZHou6xTylnFiVVRzw0w93.G7GtsAf7j8mmRVWKCWgzYFgFkv0qR4G', 'STAFF',  'CHC-XINHUA',   NULL),
    ('xinhua.doctor',  '$2a$12$uEXjjDiqqg/5VPiPSEKQtuLP6CVXcHpigxGeUo0mCXeyr7oJ5EAsC', 'DOCTOR', 'CHC-XINHUA',   'DR-XINHUA-0001'),
    ('tongren.doctor', '$2a$12$uEXjjDiqqg/5VPiPSEKQtuLP6CVXcHpigxGeUo0mCXeyr7oJ5EAsC', 'DOCTOR', 'HOSP-TONGREN', 'DR-TONGREN-0001')
) AS v (username, password_hash, role, institution_code, doctor_code)
ON CONFLICT ((lower(username))) DO UPDATE
    SET password_hash   = EXCLUDED.password_hash,
        role            = EXCLUDED.role,
        institution_id  = EXCLUDED.institution_id,
        doctor_id       = EXCLUDED.doctor_id,
        failed_attempts = 0,
        locked_until    = NULL,
        updated_at      = now();
