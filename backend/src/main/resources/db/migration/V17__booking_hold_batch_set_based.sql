-- The winners' holds of a release in a few statements instead of a function call each. At a release
-- the database's whole share of the surge is the winners' holds, and booking_hold runs some seven
-- statements a hold, each with its own executor start, and the booking's key checks: 60 holds took
-- 26-36 ms of one backend on this machine at its slow speed of 2026-11-27, and the winners' answers
-- waited on it; the same 60 holds through this function took 13-15 ms (bench/RESULTS.md, 2026-11-27).
--
-- The set path takes the common batch - every item a unit the gate numbered from the public pool, no
-- waitlist hand-out, every patient once - and decides each item as booking_hold does, in its order:
-- no slot, clinic closed or moved, restriction, the same slot already, the limits, then the unit.
-- Units go to the items of a slot in the batch's order while the slot's counter allows; an item
-- past it is SOLD_OUT. The booking is written only with a unit the counter's update gave. Any other
-- batch goes item by item through booking_hold, as before. Locks: every patient's first (as
-- before), then the slots' rows in the batch's order (the caller's slot order), then the writes.
CREATE OR REPLACE FUNCTION booking_hold_batch(
    p_booking uuid[], p_booking_no varchar[], p_slot uuid[], p_person uuid[], p_account uuid[], p_pool varchar[],
    p_sequence_no integer[], p_fencing_token bigint[], p_held_until timestamptz[], p_check_in_code varchar[],
    p_payment varchar[], p_now timestamptz[], p_referral uuid[], p_priority_flags varchar[], p_waitlist_entry uuid[],
    p_close_wait boolean[], p_expected_starts_at timestamptz[],
    p_limit_doctor_day integer, p_limit_department integer, p_limit_total integer)
RETURNS TABLE (outcome text, restricted_until timestamptz, doctor_day bigint, department bigint, total bigint,
               in_slot bigint, slot_starts_at timestamptz, slot_clinic_date date, schedule_status varchar,
               sequence_no integer, item integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_key bigint;
    v_items integer := coalesce(array_length(p_booking, 1), 0);
BEGIN
    FOR v_key IN SELECT DISTINCT hashtextextended(person::text, 0) AS k FROM unnest(p_person) person ORDER BY k LOOP
        PERFORM pg_advisory_xact_lock(v_key);
    END LOOP;

    IF array_position(p_sequence_no, NULL) IS NOT NULL
       OR EXISTS (SELECT 1 FROM unnest(p_pool) AS g(pool) WHERE g.pool IS DISTINCT FROM 'PUBLIC')
       OR EXISTS (SELECT 1 FROM unnest(p_waitlist_entry) AS g(entry) WHERE g.entry IS NOT NULL)
       OR (SELECT count(DISTINCT g.person) FROM unnest(p_person) AS g(person)) < v_items THEN
        FOR i IN 1 .. v_items LOOP
            RETURN QUERY SELECT h.outcome, h.restricted_until, h.doctor_day, h.department, h.total, h.in_slot,
                                h.slot_starts_at, h.slot_clinic_date, h.schedule_status, h.sequence_no, i
              FROM booking_hold(p_booking[i], p_booking_no[i], p_slot[i], p_person[i], p_account[i], p_pool[i],
                                p_sequence_no[i], p_fencing_token[i], p_held_until[i], p_check_in_code[i], p_payment[i],
                                p_now[i], p_referral[i], p_priority_flags[i], p_waitlist_entry[i], p_close_wait[i],
                                p_expected_starts_at[i], p_limit_doctor_day, p_limit_department, p_limit_total) h;
        END LOOP;
        RETURN;
    END IF;

    PERFORM 1 FROM slot t
      JOIN (SELECT g.slot_id, min(g.n) AS first FROM unnest(p_slot) WITH ORDINALITY AS g(slot_id, n) GROUP BY g.slot_id) o
        ON o.slot_id = t.id
     ORDER BY o.first
       FOR UPDATE OF t;

    RETURN QUERY
    WITH given AS (
        SELECT g.* FROM unnest(p_booking, p_booking_no, p_slot, p_person, p_account, p_sequence_no, p_fencing_token,
                               p_held_until, p_check_in_code, p_payment, p_now, p_referral, p_priority_flags,
                               p_close_wait, p_expected_starts_at)
             WITH ORDINALITY AS g(booking_id, booking_no, slot_id, person_id, account_id, seq, fencing_token,
                                  held_until, check_in_code, payment, at_now, referral_id, priority_flags,
                                  close_wait, expected_starts_at, n)
    ), judged AS (
        SELECT g.*, t.id AS found, t.schedule_id, s.doctor_id, s.department_id, t.starts_at, s.clinic_date,
               s.status, t.public_capacity - t.public_taken AS room, l.doctor_day AS load_doctor_day,
               l.department AS load_department, l.total AS load_total, l.in_slot AS load_in_slot,
               l.restricted_until AS load_restricted_until,
               CASE WHEN t.id IS NULL THEN 'NO_SLOT'
                    WHEN s.status <> 'OPEN' THEN 'CLOSED'
                    WHEN g.expected_starts_at IS NOT NULL AND t.starts_at <> g.expected_starts_at THEN 'MOVED'
                    WHEN l.restricted_until IS NOT NULL THEN 'RESTRICTED'
                    WHEN l.in_slot > 0 THEN 'ALREADY_BOOKED'
                    WHEN l.doctor_day >= p_limit_doctor_day OR l.department >= p_limit_department
                         OR l.total >= p_limit_total THEN 'LIMIT'
                    ELSE 'PASSED' END AS verdict
          FROM given g
          LEFT JOIN slot t ON t.id = g.slot_id
          LEFT JOIN schedule s ON s.id = t.schedule_id
          LEFT JOIN LATERAL patient_booking_load(g.person_id, g.slot_id, g.at_now) l ON t.id IS NOT NULL
    ), ranked AS (
        SELECT j.*,
               CASE WHEN j.verdict <> 'PASSED' THEN j.verdict
                    WHEN row_number() OVER (PARTITION BY j.slot_id, j.verdict ORDER BY j.n) <= j.room THEN 'HELD'
                    ELSE 'SOLD_OUT' END AS decided
          FROM judged j
    ), counted AS (
        -- The database has the last word on the unit: the counter moves only within capacity.
        UPDATE slot t SET public_taken = t.public_taken + c.units
          FROM (SELECT r.slot_id, count(*) AS units FROM ranked r WHERE r.decided = 'HELD' GROUP BY r.slot_id) c
         WHERE t.id = c.slot_id AND t.public_taken + c.units <= t.public_capacity
        RETURNING t.id
    ), written AS (
        INSERT INTO booking (id, booking_no, slot_id, schedule_id, person_id, account_id, doctor_id, department_id,
                             clinic_date, pool, sequence_no, fencing_token, status, held_until, check_in_code, payment,
                             created_at, referral_id, priority_flags)
        SELECT r.booking_id, r.booking_no, r.slot_id, r.schedule_id, r.person_id, r.account_id, r.doctor_id,
               r.department_id, r.clinic_date, 'PUBLIC', r.seq, r.fencing_token, 'HELD', r.held_until,
               r.check_in_code, r.payment, r.at_now, r.referral_id, r.priority_flags
          FROM ranked r JOIN counted c ON c.id = r.slot_id
         WHERE r.decided = 'HELD'
         ORDER BY r.n
        RETURNING id, schedule_id, person_id, created_at
    ), closed AS (
        -- A hold in the schedule ends the patient's other wait there.
        UPDATE waitlist_entry w SET status = 'CLOSED', end_reason = 'BOOKED_IN_SCHEDULE', ended_at = b.created_at
          FROM written b JOIN ranked r ON r.booking_id = b.id
         WHERE r.close_wait AND w.schedule_id = b.schedule_id AND w.person_id = b.person_id AND w.status = 'WAITING'
    )
    SELECT CASE WHEN r.decided = 'HELD' AND b.id IS NULL THEN 'SOLD_OUT' ELSE r.decided END,
           CASE WHEN r.decided IN ('NO_SLOT', 'CLOSED', 'MOVED') THEN NULL ELSE r.load_restricted_until END,
           CASE WHEN r.decided IN ('NO_SLOT', 'CLOSED', 'MOVED') THEN 0 ELSE r.load_doctor_day END,
           CASE WHEN r.decided IN ('NO_SLOT', 'CLOSED', 'MOVED') THEN 0 ELSE r.load_department END,
           CASE WHEN r.decided IN ('NO_SLOT', 'CLOSED', 'MOVED') THEN 0 ELSE r.load_total END,
           CASE WHEN r.decided IN ('NO_SLOT', 'CLOSED', 'MOVED') THEN 0 ELSE r.load_in_slot END,
           r.starts_at, r.clinic_date, r.status,
           CASE WHEN b.id IS NULL THEN NULL ELSE r.seq END,
           r.n::integer
      FROM ranked r LEFT JOIN written b ON b.id = r.booking_id
     ORDER BY r.n;
END
$$;
