-- Moving a clinic to another time: holders are offered the new time and answer it; a decline
-- cancels the booking and its unit goes back to the pool.
ALTER TABLE schedule ADD COLUMN moved_from timestamptz;
ALTER TABLE booking ADD COLUMN move_offered_at timestamptz;
ALTER TABLE booking ADD COLUMN move_answered_at timestamptz;
