-- Demo referral shares (dev and tests only; prod sets its own): the regional medical centre
-- 同仁医院 keeps 20% of its expert slots for referrals from community centres; elsewhere 0.
INSERT INTO referral_share (institution_id, clinic_type, share)
SELECT id, 'EXPERT', 0.20 FROM institution WHERE code = 'HOSP-TONGREN'
ON CONFLICT (institution_id, clinic_type) DO UPDATE SET share = EXCLUDED.share;
