-- Every opinion of the Caf stays with the candidate it was given on (issue 13): after another candidate
-- is proposed, the former opinion and its letter remain visible. The file keeps the current one.
ALTER TABLE candidate ADD COLUMN opinion VARCHAR(20) NULL;
ALTER TABLE candidate ADD COLUMN opinion_reasons TEXT NULL;
ALTER TABLE candidate ADD COLUMN opinion_by VARCHAR(100) NULL;
ALTER TABLE candidate ADD COLUMN opinion_at TIMESTAMP(3) NULL;
ALTER TABLE candidate ADD COLUMN countersigned_by VARCHAR(100) NULL;
ALTER TABLE candidate ADD COLUMN countersigned_at TIMESTAMP(3) NULL;
UPDATE candidate c JOIN recruitment_file f ON f.chosen_candidate_id = c.id
    SET c.opinion = f.opinion, c.opinion_reasons = f.opinion_reasons, c.opinion_by = f.opinion_by,
        c.opinion_at = f.opinion_at, c.countersigned_by = f.countersigned_by, c.countersigned_at = f.countersigned_at
    WHERE f.opinion IS NOT NULL;
