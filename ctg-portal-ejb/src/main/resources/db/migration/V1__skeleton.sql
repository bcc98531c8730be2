-- First version of the CTG portal schema: territories, authorities, cooperation posts,
-- Caf advisors' portfolios, authority membership of user accounts, audit trail.

CREATE TABLE territory (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    name                      VARCHAR(150)  NOT NULL,
    lead_authority_id         BIGINT        NULL,
    population                INT           NOT NULL,
    area_km2                  DECIMAL(9,2)  NOT NULL,
    family_service_structures INT           NOT NULL DEFAULT 0,
    ctg_start                 DATE          NULL,
    ctg_end                   DATE          NULL,
    ctg_renewal               DATE          NULL,
    phase3_deadline           DATE          NULL,
    CONSTRAINT uk_territory_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE authority (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    siren         CHAR(9)      NOT NULL,
    name          VARCHAR(150) NOT NULL,
    type          VARCHAR(30)  NOT NULL,
    territory_id  BIGINT       NOT NULL,
    ctg_signatory BOOLEAN      NOT NULL,
    CONSTRAINT uk_authority_siren UNIQUE (siren),
    CONSTRAINT fk_authority_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE territory
    ADD CONSTRAINT fk_territory_lead FOREIGN KEY (lead_authority_id) REFERENCES authority (id);

CREATE TABLE cooperation_post (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                  BIGINT        NOT NULL DEFAULT 0,
    territory_id             BIGINT        NOT NULL,
    employer_id              BIGINT        NOT NULL,
    title                    VARCHAR(150)  NOT NULL,
    holder_name              VARCHAR(150)  NULL,
    employment_fte           DECIMAL(4,2)  NOT NULL,
    cooperation_share        DECIMAL(5,4)  NOT NULL,
    annual_cost              DECIMAL(10,2) NOT NULL,
    origin                   VARCHAR(20)   NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    qualification            VARCHAR(20)   NOT NULL,
    employer_kind            VARCHAR(30)   NOT NULL,
    cofinancing_share        DECIMAL(5,4)  NOT NULL,
    administrative_assistant BOOLEAN       NOT NULL DEFAULT FALSE,
    director_function        BOOLEAN       NOT NULL DEFAULT FALSE,
    service_funded           BOOLEAN       NOT NULL DEFAULT FALSE,
    vacant_since             DATE          NULL,
    current_funding          DECIMAL(10,2) NOT NULL DEFAULT 0,
    CONSTRAINT fk_post_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT fk_post_employer FOREIGN KEY (employer_id) REFERENCES authority (id),
    CONSTRAINT ck_post_fte CHECK (employment_fte > 0 AND employment_fte <= 1),
    CONSTRAINT ck_post_share CHECK (cooperation_share >= 0 AND cooperation_share <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_post_employer ON cooperation_post (employer_id);
CREATE INDEX ix_post_territory ON cooperation_post (territory_id);

CREATE TABLE caf_advisor (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(150) NOT NULL,
    CONSTRAINT uk_advisor_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE advisor_territory (
    advisor_id   BIGINT NOT NULL,
    territory_id BIGINT NOT NULL,
    PRIMARY KEY (advisor_id, territory_id),
    CONSTRAINT fk_portfolio_advisor FOREIGN KEY (advisor_id) REFERENCES caf_advisor (id),
    CONSTRAINT fk_portfolio_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE authority_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(100) NOT NULL,
    authority_id BIGINT       NOT NULL,
    synced_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_member UNIQUE (username, authority_id),
    CONSTRAINT fk_member_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(3)  NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    entity_type VARCHAR(60)   NOT NULL,
    entity_id   BIGINT        NULL,
    detail      VARCHAR(2000) NULL,
    reason      VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
