-- Recruitment files: job description agreed with the Caf, candidates, the Caf's opinion,
-- messages, uploaded documents, and the outbox of e-mail notifications.

ALTER TABLE authority ADD COLUMN hr_email VARCHAR(200) NULL;
ALTER TABLE caf_advisor ADD COLUMN email VARCHAR(200) NULL;
-- Set when the authority completed a recruitment after an unfavourable opinion of the Caf.
ALTER TABLE cooperation_post ADD COLUMN unfunded_by_opinion BOOLEAN NOT NULL DEFAULT FALSE;

-- Metadata of an uploaded file; the bytes are in document_content, written in the same transaction.
CREATE TABLE stored_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE document_content (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    bytes       LONGBLOB NOT NULL,
    CONSTRAINT fk_content_document FOREIGN KEY (document_id) REFERENCES stored_document (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE recruitment_file (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    kind                    VARCHAR(20)   NOT NULL,
    stage                   VARCHAR(30)   NOT NULL,
    authority_id            BIGINT        NOT NULL,
    territory_id            BIGINT        NOT NULL,
    post_id                 BIGINT        NULL,
    title                   VARCHAR(150)  NOT NULL,
    opened_by               VARCHAR(100)  NOT NULL,
    opened_at               TIMESTAMP(3)  NOT NULL,
    due_date                DATE          NULL,
    reminder_before_for     DATE          NULL,
    reminder_due_for        DATE          NULL,
    chosen_candidate_id     BIGINT        NULL,
    choice_reasons          TEXT          NULL,
    opinion                 VARCHAR(20)   NULL,
    opinion_reasons         TEXT          NULL,
    opinion_by              VARCHAR(100)  NULL,
    opinion_at              TIMESTAMP(3)  NULL,
    countersigned_by        VARCHAR(100)  NULL,
    countersigned_at        TIMESTAMP(3)  NULL,
    holder_start_date       DATE          NULL,
    unfunded_acknowledged   BOOLEAN       NOT NULL DEFAULT FALSE,
    abandon_reason          TEXT          NULL,
    closed_at               TIMESTAMP(3)  NULL,
    personal_data_erased_at TIMESTAMP(3)  NULL,
    CONSTRAINT fk_file_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
    CONSTRAINT fk_file_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT fk_file_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_file_authority ON recruitment_file (authority_id);
CREATE INDEX ix_file_territory ON recruitment_file (territory_id, due_date);

CREATE TABLE job_description (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    file_id               BIGINT        NOT NULL,
    number                INT           NOT NULL,
    activities            VARCHAR(300)  NOT NULL DEFAULT '',
    themes                VARCHAR(300)  NOT NULL DEFAULT '',
    employment_fte        DECIMAL(4,2)  NULL,
    cooperation_share     DECIMAL(5,4)  NULL,
    organisation          TEXT          NULL,
    frameworks            VARCHAR(300)  NOT NULL DEFAULT '',
    minimum_qualification VARCHAR(20)   NULL,
    annual_cost           DECIMAL(10,2) NULL,
    cofinancing_share     DECIMAL(5,4)  NULL,
    cofinancing           TEXT          NULL,
    document_id           BIGINT        NULL,
    saved_by              VARCHAR(100)  NOT NULL,
    saved_at              TIMESTAMP(3)  NOT NULL,
    submitted_by          VARCHAR(100)  NULL,
    submitted_at          TIMESTAMP(3)  NULL,
    review_outcome        VARCHAR(20)   NULL,
    reviewed_by           VARCHAR(100)  NULL,
    reviewed_at           TIMESTAMP(3)  NULL,
    CONSTRAINT uk_description_number UNIQUE (file_id, number),
    CONSTRAINT fk_description_file FOREIGN KEY (file_id) REFERENCES recruitment_file (id),
    CONSTRAINT fk_description_document FOREIGN KEY (document_id) REFERENCES stored_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The missions of a job description, mapped to the expected outcomes ("Attendus") of the reference.
CREATE TABLE job_description_mission (
    job_description_id BIGINT      NOT NULL,
    outcome            VARCHAR(30) NOT NULL,
    missions           TEXT        NOT NULL,
    PRIMARY KEY (job_description_id, outcome),
    CONSTRAINT fk_mission_description FOREIGN KEY (job_description_id) REFERENCES job_description (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Caf's review of a submitted version, item by item.
CREATE TABLE job_description_review (
    job_description_id BIGINT      NOT NULL,
    item               VARCHAR(30) NOT NULL,
    verdict            VARCHAR(20) NOT NULL,
    comment_text       TEXT        NULL,
    PRIMARY KEY (job_description_id, item),
    CONSTRAINT fk_review_description FOREIGN KEY (job_description_id) REFERENCES job_description (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE candidate (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    file_id           BIGINT       NOT NULL,
    full_name         VARCHAR(150) NULL,
    qualification     VARCHAR(20)  NOT NULL,
    diploma           VARCHAR(300) NULL,
    framework         VARCHAR(40)  NOT NULL,
    current_situation TEXT         NULL,
    cv_document_id    BIGINT       NULL,
    added_by          VARCHAR(100) NOT NULL,
    added_at          TIMESTAMP(3) NOT NULL,
    erased            BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_candidate_file FOREIGN KEY (file_id) REFERENCES recruitment_file (id),
    CONSTRAINT fk_candidate_cv FOREIGN KEY (cv_document_id) REFERENCES stored_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE recruitment_file
    ADD CONSTRAINT fk_file_chosen FOREIGN KEY (chosen_candidate_id) REFERENCES candidate (id);

CREATE TABLE file_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id       BIGINT       NOT NULL,
    author        VARCHAR(100) NOT NULL,
    side          VARCHAR(20)  NOT NULL,
    sent_at       TIMESTAMP(3) NOT NULL,
    body          TEXT         NOT NULL,
    document_id   BIGINT       NULL,
    CONSTRAINT fk_message_file FOREIGN KEY (file_id) REFERENCES recruitment_file (id),
    CONSTRAINT fk_message_document FOREIGN KEY (document_id) REFERENCES stored_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_message_file ON file_message (file_id, sent_at);

-- Notifications are queued in the transaction of the decision and sent after it commits.
CREATE TABLE outgoing_mail (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(200)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       TEXT          NOT NULL,
    queued_at  TIMESTAMP(3)  NOT NULL,
    sent_at    TIMESTAMP(3)  NULL,
    attempts   INT           NOT NULL DEFAULT 0,
    last_error VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_pending ON outgoing_mail (sent_at, attempts);
