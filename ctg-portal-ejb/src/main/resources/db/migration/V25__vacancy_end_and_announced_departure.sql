-- The end of a vacancy: the holder, account and Ctg lead of the post when its vacancy began, restored
-- when the holder comes back from a long absence or when a vacancy declared by mistake is withdrawn.
-- A departure announced ahead keeps the post filled with vacant_since in the future (issue 13).
ALTER TABLE cooperation_post ADD COLUMN holder_before_vacancy VARCHAR(150) NULL;
ALTER TABLE cooperation_post ADD COLUMN officer_before_vacancy VARCHAR(100) NULL;
ALTER TABLE cooperation_post ADD COLUMN ctg_lead_before_vacancy BOOLEAN NOT NULL DEFAULT FALSE;
