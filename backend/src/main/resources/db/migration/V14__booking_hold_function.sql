-- A hold is written in one round trip. At a release the winners' statements wait their turn on
-- event loops busy with thousands of refusals, so each round trip costs tens of milliseconds; the
-- checks and writes of a hold therefore run inside PostgreSQL, in one function, atomically.
--
-- With no sequence number given (the row-lock path, which takes no unit at the Redis gate), the
-- slot's and its schedule's rows are locked and the schedule's next number is taken here.
--
-- The function guards; the service names the refusal. It returns an outcome and the facts the
-- service needs to explain it (the patient's counts, the restriction's end, the slot's current
-- times and clinic status). Nothing is written unless the outcome is HELD: every refusal is
-- decided before the first write, so a caller outside a transaction needs no rollback.
-- What one patient holds, as the booking limits count it: a checked-in visit still counts for the
-- doctor's day (as at the gate, one unit per patient and schedule); only held and confirmed
-- bookings count as active for the department and overall limits. Also the end of a booking
-- restriction in force. Used by the hold below and by joining a waitlist (same limits).
CREATE FUNCTION patient_booking_load(p_person uuid, p_slot uuid, p_now timestamptz)
RETURNS TABLE (doctor_day bigint, department bigint, total bigint, in_slot bigint, restricted_until timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT count(*) FILTER (WHERE b.doctor_id = s.doctor_id AND b.clinic_date = s.clinic_date),
           count(*) FILTER (WHERE b.department_id = s.department_id AND b.status <> 'CHECKED_IN'),
           count(*) FILTER (WHERE b.status <> 'CHECKED_IN'),
           count(*) FILTER (WHERE b.slot_id = p_slot AND b.status <> 'CHECKED_IN'),
           (SELECT max(r.ends_at) FROM booking_restriction r WHERE r.person_id = p_person
               AND r.lifted_at IS NULL AND r.starts_at <= p_now AND r.ends_at > p_now)
    FROM slot t JOIN schedule s ON s.id = t.schedule_id
    JOIN booking b ON b.person_id = p_person AND b.status IN ('HELD', 'CONFIRMED', 'CHECKED_IN')
    WHERE t.id = p_slot
$$;

CREATE FUNCTION booking_hold(
    p_booking uuid, p_booking_no varchar, p_slot uuid, p_person uuid, p_account uuid, p_pool varchar,
    p_sequence_no integer, p_fencing_token bigint, p_held_until timestamptz, p_check_in_code varchar,
    p_payment varchar, p_now timestamptz, p_referral uuid, p_priority_flags varchar, p_waitlist_entry uuid,
    p_close_wait boolean, p_expected_starts_at timestamptz,
    p_limit_doctor_day integer, p_limit_department integer, p_limit_total integer)
RETURNS TABLE (outcome text, restricted_until timestamptz, doctor_day bigint, department bigint, total bigint,
               in_slot bigint, slot_starts_at timestamptz, slot_clinic_date date, schedule_status varchar,
               sequence_no integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_schedule uuid;
    v_doctor uuid;
    v_department uuid;
    v_starts_at timestamptz;
    v_clinic_date date;
    v_status varchar;
    v_updated integer;
    v_left integer;
BEGIN
    -- One patient's requests are decided one at a time, so parallel requests cannot pass a limit together.
    PERFORM pg_advisory_xact_lock(hashtextextended(p_person::text, 0));

    IF p_sequence_no IS NULL THEN
        SELECT t.schedule_id, s.doctor_id, s.department_id, t.starts_at, s.clinic_date, s.status,
               CASE WHEN p_pool = 'REFERRAL' THEN t.referral_capacity - t.referral_taken
                    ELSE t.public_capacity - t.public_taken END
          INTO v_schedule, v_doctor, v_department, v_starts_at, v_clinic_date, v_status, v_left
          FROM slot t JOIN schedule s ON s.id = t.schedule_id WHERE t.id = p_slot FOR UPDATE;
    ELSE
        SELECT t.schedule_id, s.doctor_id, s.department_id, t.starts_at, s.clinic_date, s.status
          INTO v_schedule, v_doctor, v_department, v_starts_at, v_clinic_date, v_status
          FROM slot t JOIN schedule s ON s.id = t.schedule_id WHERE t.id = p_slot;
    END IF;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'NO_SLOT'::text, NULL::timestamptz, 0::bigint, 0::bigint, 0::bigint, 0::bigint,
            NULL::timestamptz, NULL::date, NULL::varchar, NULL::integer;
        RETURN;
    END IF;
    -- The service decided on remembered facts; a clinic paused, stopped or moved since is decided again.
    IF v_status <> 'OPEN' OR (p_expected_starts_at IS NOT NULL AND v_starts_at <> p_expected_starts_at) THEN
        RETURN QUERY SELECT CASE WHEN v_status <> 'OPEN' THEN 'CLOSED' ELSE 'MOVED' END, NULL::timestamptz,
            0::bigint, 0::bigint, 0::bigint, 0::bigint, v_starts_at, v_clinic_date, v_status, NULL::integer;
        RETURN;
    END IF;
    IF v_left IS NOT NULL AND v_left <= 0 THEN
        RETURN QUERY SELECT 'SOLD_OUT'::text, NULL::timestamptz, 0::bigint, 0::bigint, 0::bigint, 0::bigint,
            v_starts_at, v_clinic_date, v_status, NULL::integer;
        RETURN;
    END IF;

    SELECT l.doctor_day, l.department, l.total, l.in_slot, l.restricted_until
      INTO doctor_day, department, total, in_slot, restricted_until
      FROM patient_booking_load(p_person, p_slot, p_now) l;
    slot_starts_at := v_starts_at;
    slot_clinic_date := v_clinic_date;
    schedule_status := v_status;

    IF restricted_until IS NOT NULL THEN
        outcome := 'RESTRICTED'; RETURN NEXT; RETURN;
    END IF;
    IF in_slot > 0 THEN
        outcome := 'ALREADY_BOOKED'; RETURN NEXT; RETURN;
    END IF;
    IF doctor_day >= p_limit_doctor_day OR department >= p_limit_department OR total >= p_limit_total THEN
        outcome := 'LIMIT'; RETURN NEXT; RETURN;
    END IF;
    IF p_waitlist_entry IS NOT NULL THEN
        PERFORM 1 FROM waitlist_entry WHERE id = p_waitlist_entry AND status = 'WAITING' FOR UPDATE;
        IF NOT FOUND THEN
            outcome := 'NOT_WAITING'; RETURN NEXT; RETURN;
        END IF;
    END IF;

    -- The database has the last word on the unit: the counter moves only within capacity.
    IF p_pool = 'REFERRAL' THEN
        UPDATE slot SET referral_taken = referral_taken + 1
         WHERE id = p_slot AND referral_taken < referral_capacity AND NOT referral_released;
    ELSE
        UPDATE slot SET public_taken = public_taken + 1 WHERE id = p_slot AND public_taken < public_capacity;
    END IF;
    GET DIAGNOSTICS v_updated = ROW_COUNT;
    IF v_updated = 0 THEN
        outcome := 'SOLD_OUT'; RETURN NEXT; RETURN;
    END IF;

    -- Under the schedule's row lock the next number is the schedule's highest plus one.
    sequence_no := coalesce(p_sequence_no,
        (SELECT coalesce(max(b.sequence_no), 0) + 1 FROM booking b WHERE b.schedule_id = v_schedule));
    INSERT INTO booking (id, booking_no, slot_id, schedule_id, person_id, account_id, doctor_id, department_id,
                         clinic_date, pool, sequence_no, fencing_token, status, held_until, check_in_code, payment,
                         created_at, referral_id, priority_flags)
    VALUES (p_booking, p_booking_no, p_slot, v_schedule, p_person, p_account, v_doctor, v_department,
            v_clinic_date, p_pool, sequence_no, p_fencing_token, 'HELD', p_held_until, p_check_in_code, p_payment,
            p_now, p_referral, p_priority_flags);

    IF p_waitlist_entry IS NOT NULL THEN
        UPDATE waitlist_entry SET status = 'OFFERED', booking_id = p_booking, ended_at = p_now WHERE id = p_waitlist_entry;
    END IF;
    -- A hold in the schedule ends the patient's other wait there.
    IF p_close_wait THEN
        UPDATE waitlist_entry SET status = 'CLOSED', end_reason = 'BOOKED_IN_SCHEDULE', ended_at = p_now
         WHERE schedule_id = v_schedule AND person_id = p_person AND status = 'WAITING';
    END IF;
    outcome := 'HELD';
    RETURN NEXT;
END
$$;
