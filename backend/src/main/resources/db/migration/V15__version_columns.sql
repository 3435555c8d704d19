-- A version on the rows that are changed by reading them into the application and writing them
-- back (accounts, members, partner apps, schedules, booking rules). Every such
-- change known today reads its row under a lock; a change that one day forgets to would otherwise
-- write the whole row back over another's change without a word. With the version, Hibernate writes
-- only where the row is still as it was read, and the loser is answered 409 to reload and retry.
-- Rows that SQL changes in place (slots, bookings, signings, referrals, follow-ups) keep their
-- conditional updates and carry no version; consents are only ever added. A person's row is locked
-- by several changes as their parent, often while the session holds it as a lazy proxy, and Hibernate
-- Reactive 3.2 cannot take that lock on a versioned entity it holds so (ReactiveLoaderHelper.upgradeLock
-- finds no version): people carry none.
ALTER TABLE resident_account ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE staff_account ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE managed_member ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE partner_app ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE schedule ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE booking_rule ADD COLUMN version bigint NOT NULL DEFAULT 0;
