-- A demo partner app for dev and tests only (never loaded in prod: the prod profile's Flyway
-- locations omit db/demo): 同仁医院's check-in kiosk. Its client secret is listed in the README
-- because it is a demo secret; the hash is bcrypt, cost 12. Named to sort after the accounts.
INSERT INTO partner_app (id, name, institution_id, client_id, client_secret_hash, scopes, status, created_at,
                         created_by)
SELECT gen_random_uuid(), '同仁医院自助签到机（演示）', (SELECT id FROM institution WHERE code = 'HOSP-TONGREN'),
       'jp_demo_tongren_kiosk', '$2a$12$YpOk7xEgUYGJ5e7Geyelu.thGtVtFvxuF/cNWoa6OkDc29PF0OwS6',
       ARRAY['bookings:check-in']::text[], 'ACTIVE', now(), (SELECT id FROM staff_account WHERE username = 'admin')
ON CONFLICT (client_id) DO UPDATE
    SET client_secret_hash = EXCLUDED.client_secret_hash,
        scopes             = EXCLUDED.scopes,
        status             = 'ACTIVE',
        revoked_at         = NULL,
        revoked_by         = NULL;
