-- Issue 15: a person is their token's sub. A login renamed at the identity provider moves the person's
-- row and records to the new login at their next sign-in, so that a subject has one row. Rows left by
-- an earlier rename lose their subject (the most recent sign-in keeps it) before the key is added.
UPDATE portal_user u JOIN portal_user newer ON newer.subject = u.subject
    AND (newer.last_sign_in > u.last_sign_in OR (newer.last_sign_in = u.last_sign_in AND newer.username > u.username))
SET u.subject = NULL;
ALTER TABLE portal_user DROP INDEX ix_portal_user_subject, ADD CONSTRAINT uk_portal_user_subject UNIQUE (subject);
