-- One row per daily job and day, claimed by the node that runs it: the unique key makes the claim
-- exactly once for the cluster (INSERT IGNORE by every node, one row inserted). finished_at stays
-- null while it runs, so that a claim left by a node that died mid-run can be taken over later.
CREATE TABLE job_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    job         VARCHAR(60)   NOT NULL,
    run_day     DATE          NOT NULL,
    node        VARCHAR(200)  NOT NULL,
    started_at  TIMESTAMP(3)  NOT NULL,
    finished_at TIMESTAMP(3)  NULL,
    outcome     VARCHAR(500)  NULL,
    CONSTRAINT uk_job_run UNIQUE (job, run_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
