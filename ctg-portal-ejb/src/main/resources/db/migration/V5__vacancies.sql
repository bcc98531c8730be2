-- Vacancies declared by the authority, and the suspension of funding when the grace period ends
-- without a replacement.
ALTER TABLE cooperation_post ADD COLUMN vacancy_cause VARCHAR(20) NULL;
ALTER TABLE cooperation_post ADD COLUMN funding_suspended_on DATE NULL;
