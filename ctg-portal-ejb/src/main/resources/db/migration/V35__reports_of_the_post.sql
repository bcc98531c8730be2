-- Issue 13: a report belongs to its post and its officer's history. The employer's HR may finish
-- the draft of a post without officer, and who sent a report is kept.
ALTER TABLE annual_report ADD COLUMN submitted_by VARCHAR(100) NULL AFTER submitted_at;
UPDATE annual_report SET submitted_by = officer_username WHERE submitted_at IS NOT NULL;

-- Every request for additions of a report, in order (caf_comment keeps the last one).
CREATE TABLE report_additions_request (
    report_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    comment   TEXT         NOT NULL,
    asked_by  VARCHAR(100) NOT NULL,
    asked_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_additions_report FOREIGN KEY (report_id) REFERENCES annual_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO report_additions_request (report_id, position, comment, asked_by, asked_at)
SELECT id, 0, caf_comment, caf_by, caf_at FROM annual_report
WHERE caf_comment IS NOT NULL AND caf_by IS NOT NULL AND caf_at IS NOT NULL;
