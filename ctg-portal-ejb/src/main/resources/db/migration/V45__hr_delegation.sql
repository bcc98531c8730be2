-- Issue 15: delegated administration. The Caf may let an authority's HR name another HR of the same
-- authority (off by default: only the Caf's administrator creates HR accounts).
ALTER TABLE authority ADD COLUMN hr_may_name_hr BOOLEAN NOT NULL DEFAULT FALSE;
