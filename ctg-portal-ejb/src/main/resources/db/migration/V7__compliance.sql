-- Compliance plan follow-up: milestones' facts, officers' committees, departmental network
-- meetings, and compliance procedures on posts.
ALTER TABLE cooperation_post ADD COLUMN evaluations_set_up_on DATE NULL;
ALTER TABLE cooperation_post ADD COLUMN funding_ended_on DATE NULL;
ALTER TABLE territory ADD COLUMN officers_committee_since DATE NULL;

CREATE TABLE network_meeting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    held_on     DATE         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP(3) NOT NULL,
    attendance_updated_at TIMESTAMP(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE network_attendance (
    meeting_id BIGINT NOT NULL,
    post_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, post_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES network_meeting (id),
    CONSTRAINT fk_attendance_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE compliance_procedure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    post_id         BIGINT       NOT NULL,
    ground          VARCHAR(20)  NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    reasons         TEXT         NOT NULL,
    deadline        DATE         NOT NULL,
    opened_by       VARCHAR(100) NOT NULL,
    opened_at       TIMESTAMP(3) NOT NULL,
    commitment      TEXT         NULL,
    answered_by     VARCHAR(100) NULL,
    answered_at     TIMESTAMP(3) NULL,
    closing_reasons TEXT         NULL,
    closed_by       VARCHAR(100) NULL,
    closed_at       TIMESTAMP(3) NULL,
    CONSTRAINT fk_procedure_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
