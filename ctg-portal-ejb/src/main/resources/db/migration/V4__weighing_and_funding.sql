-- Weighing agreements ("pesée") and the Caf's funding decisions.

CREATE TABLE weighing (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    post_id             BIGINT       NOT NULL,
    number              INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    awaiting            VARCHAR(20)  NULL,
    authority_signed_by VARCHAR(100) NULL,
    authority_signed_at TIMESTAMP(3) NULL,
    caf_signed_by       VARCHAR(100) NULL,
    caf_signed_at       TIMESTAMP(3) NULL,
    CONSTRAINT uk_weighing_number UNIQUE (post_id, number),
    CONSTRAINT fk_weighing_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE weighing_proposal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    weighing_id  BIGINT       NOT NULL,
    number       INT          NOT NULL,
    side         VARCHAR(20)  NOT NULL,
    comment_text TEXT         NULL,
    proposed_by  VARCHAR(100) NOT NULL,
    proposed_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_proposal_number UNIQUE (weighing_id, number),
    CONSTRAINT fk_proposal_weighing FOREIGN KEY (weighing_id) REFERENCES weighing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE weighing_line (
    proposal_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    time_use    VARCHAR(30)  NOT NULL,
    label       VARCHAR(150) NULL,
    fte         DECIMAL(4,2) NOT NULL,
    PRIMARY KEY (proposal_id, position),
    CONSTRAINT fk_line_proposal FOREIGN KEY (proposal_id) REFERENCES weighing_proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE funding_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    post_id         BIGINT        NOT NULL,
    funding_year    INT           NOT NULL,
    weighing_id     BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    funded          BOOLEAN       NOT NULL,
    caf_funding     DECIMAL(10,2) NOT NULL,
    eligible_cost   DECIMAL(10,2) NOT NULL,
    cooperation_fte DECIMAL(6,4)  NOT NULL,
    annual_cost     DECIMAL(10,2) NOT NULL,
    phase           VARCHAR(20)   NOT NULL,
    evaluated_on    DATE          NOT NULL,
    prepared_by     VARCHAR(100)  NOT NULL,
    prepared_at     TIMESTAMP(3)  NOT NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_at      TIMESTAMP(3)  NULL,
    return_reason   TEXT          NULL,
    CONSTRAINT fk_decision_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id),
    CONSTRAINT fk_decision_weighing FOREIGN KEY (weighing_id) REFERENCES weighing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_decision_year ON funding_decision (funding_year, status);

CREATE TABLE funding_decision_finding (
    decision_id BIGINT         NOT NULL,
    position    INT            NOT NULL,
    code        VARCHAR(40)    NOT NULL,
    qualifier   VARCHAR(20)    NULL,
    text_value  VARCHAR(1000)  NOT NULL,
    amount      DECIMAL(14,4)  NULL,
    valid_from  DATE           NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_finding_decision FOREIGN KEY (decision_id) REFERENCES funding_decision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE funding_decision_step LIKE funding_decision_finding;
ALTER TABLE funding_decision_step
    ADD CONSTRAINT fk_step_decision FOREIGN KEY (decision_id) REFERENCES funding_decision (id);
CREATE TABLE funding_decision_parameter LIKE funding_decision_finding;
ALTER TABLE funding_decision_parameter
    ADD CONSTRAINT fk_parameter_decision FOREIGN KEY (decision_id) REFERENCES funding_decision (id);
