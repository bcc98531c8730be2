-- Annual activity reports of the cooperation officers, on the Cnaf's follow-up and evaluation
-- indicators (table n° 2 of the Cnaf mission sheet, updated April 2024; indicators defined in 2022,
-- sent to the Caf in 2023). The frame is reference data by edition: a later edition adds rows with
-- its own edition code and never rewrites the reports made on this one.

ALTER TABLE cooperation_post ADD COLUMN officer_username VARCHAR(100) NULL;
ALTER TABLE cooperation_post ADD COLUMN ctg_lead BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE indicator_function (
    edition          VARCHAR(20)  NOT NULL,
    code             VARCHAR(10)  NOT NULL,
    position         INT          NOT NULL,
    objective_number INT          NOT NULL,
    objective_label  VARCHAR(300) NOT NULL,
    label            VARCHAR(300) NOT NULL,
    actions          TEXT         NOT NULL,
    PRIMARY KEY (edition, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator (
    edition       VARCHAR(20)  NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    function_code VARCHAR(10)  NOT NULL,
    position      INT          NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    answer_type   VARCHAR(20)  NOT NULL,
    lead_only     BOOLEAN      NOT NULL DEFAULT FALSE,
    wording       VARCHAR(500) NOT NULL,
    PRIMARY KEY (edition, code),
    CONSTRAINT fk_indicator_function FOREIGN KEY (edition, function_code) REFERENCES indicator_function (edition, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO indicator_function (edition, code, position, objective_number, objective_label, label, actions) VALUES
('CNAF-2023', '1.1', 1, 1, 'Mettre en œuvre les politiques « petite-enfance, enfance-jeunesse et éducation, parentalité, logement et accès aux droits »',
 'Exercice d''une fonction de conseil auprès des élus et des comités de pilotage',
 'Préparation, co-animation et suivi des décisions du Copil de la CTG\nMobilisation d''expertises spécifiques pour faciliter la prise de décisions en Copil'),
('CNAF-2023', '1.2', 2, 1, 'Mettre en œuvre les politiques « petite-enfance, enfance-jeunesse et éducation, parentalité, logement et accès aux droits »',
 'Animation des travaux de diagnostic, de suivi et d''évaluation des engagements contractuels',
 'Suivi de la programmation du plan d''action de la Ctg\nExercice d''une fonction d''alerte en direction du Copil en cas de blocage ou de non réalisation des actions prioritaires de la Ctg'),
('CNAF-2023', '2.1', 3, 2, 'Mettre en adéquation l''offre d''accueil aux besoins des familles',
 'Animation de démarches permettant d''identifier les attentes des familles et de les traduire en besoins',
 'Préparation et conduite du diagnostic partagé\nFonction de veille sur le fonctionnement des groupes de travail'),
('CNAF-2023', '2.2', 4, 2, 'Mettre en adéquation l''offre d''accueil aux besoins des familles',
 'Contribution à l''animation et au suivi des travaux en commission',
 'Conception et diffusion d''outils de suivi et d''échanges d''informations entre les groupes de travail et le Copil de la Ctg\nMobilisation d''expertises spécifiques pour faciliter les travaux des groupes de travail'),
('CNAF-2023', '3.1', 5, 3, 'Animer la mise en réseau des acteurs',
 'Identification et mobilisation des partenaires stratégiques',
 'Echanges avec les instances du CDSF\nRéalisation d''actions d''information et de sensibilisation en directions des partenaires institutionnels mobilisés dans le cadre du CDSF'),
('CNAF-2023', '3.2', 6, 3, 'Animer la mise en réseau des acteurs',
 'Animation d''un réseau d''acteurs et ou de chargés de coopération',
 'Organisation ou participation à des temps de partage d''information et de régulation entre les coopérateurs de la Ctg\nRéalisation de supports communs (information, pilotage, acteurs ressources, etc.) dans le cadre du réseau de chargés de coopération'),
('CNAF-2023', '4.1', 7, 4, 'Organiser et animer la relation avec la population',
 'Développement des dispositifs permettant d''animer une concertation et une participation avec le public',
 'Identification des initiatives citoyennes sur le territoire\nMise en relation des initiatives citoyennes avec les groupes de travail de la Ctg'),
('CNAF-2023', '4.2', 8, 4, 'Organiser et animer la relation avec la population',
 'Conception et développement des supports d''information',
 'Mobilisation et adaptation des supports de communication et d''information aux objectifs de la Ctg\nConception de supports de communication innovants');

-- answer_type: COUNT ("Nombre de ..."), COUNT_AND_TEXT ("Nombre et nature / type de ..."), TEXT (a judgement).
INSERT INTO indicator (edition, code, function_code, position, kind, answer_type, lead_only, wording) VALUES
('CNAF-2023', '1.1-S1', '1.1', 1, 'FOLLOW_UP', 'COUNT', TRUE, 'Nombre de réunions de l''instance de pilotage (uniquement pour le coopérateur chef de projet CTG) : préparation et animation des réunions, relevé de décision, fonction d''alerte'),
('CNAF-2023', '1.1-S2', '1.1', 2, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des expertises mobilisées dans le Copil ou groupes de travail'),
('CNAF-2023', '1.1-E1', '1.1', 3, 'EVALUATION', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des décisions facilitées à la suite de la fonction de relais et de conseils auprès des élus'),
('CNAF-2023', '1.2-S1', '1.2', 1, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des axes de la Ctg dont la programmation est suivie'),
('CNAF-2023', '1.2-S2', '1.2', 2, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des alertes en direction du Copil'),
('CNAF-2023', '1.2-E1', '1.2', 3, 'EVALUATION', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature de nouvelles problématiques prises en compte dans le cadre de la Ctg dans le cadre de la fonction de veille et d''alerte du coopérateur'),
('CNAF-2023', '2.1-S1', '2.1', 1, 'FOLLOW_UP', 'COUNT', FALSE, 'Nombre de partenaires associés à la démarche de diagnostic partagé'),
('CNAF-2023', '2.1-S2', '2.1', 2, 'FOLLOW_UP', 'COUNT', FALSE, 'Nombre de réunions de veilles organisées et animées par le coopérateur sur le territoire'),
('CNAF-2023', '2.1-E1', '2.1', 3, 'EVALUATION', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature de nouveaux sujets pris en compte dans le cadre de la Ctg dans le cadre de la fonction de veille et d''alerte du coopérateur'),
('CNAF-2023', '2.2-S1', '2.2', 1, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des enjeux et dispositifs de politique publique explicités auprès des élus et des partenaires'),
('CNAF-2023', '2.2-E1', '2.2', 2, 'EVALUATION', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des projets facilités à la suite de la fonction de relais et d''appui auprès des partenaires'),
('CNAF-2023', '3.1-S1', '3.1', 1, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des relais assurés entre la Caf et les partenaires pour accompagner la construction du projet de territoire'),
('CNAF-2023', '3.1-E1', '3.1', 2, 'EVALUATION', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature de nouveaux partenaires mobilisés dans le cadre de la Ctg dans le cadre de l''animation territoriale des groupes de travail ou de réseaux organisés par le coopérateur'),
('CNAF-2023', '3.2-S1', '3.2', 1, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et type de partenaires ayant bénéficié d''un conseil et d''un appui du coopérateur'),
('CNAF-2023', '3.2-S2', '3.2', 2, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et type de supports réalisés dans le cadre du réseau des coopérateurs'),
('CNAF-2023', '3.2-E1', '3.2', 3, 'EVALUATION', 'TEXT', FALSE, 'Meilleure visibilité exprimée par les partenaires sur les missions et les moyens mobilisables auprès de chaque institutions'),
('CNAF-2023', '4.1-S1', '4.1', 1, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des ingénieries mise à disposition des acteurs pour consolider un projet en commun'),
('CNAF-2023', '4.1-E1', '4.1', 2, 'EVALUATION', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des projets mobilisant les habitants dans leur conception et leur évaluation'),
('CNAF-2023', '4.2-S1', '4.2', 1, 'FOLLOW_UP', 'COUNT_AND_TEXT', FALSE, 'Nombre et nature des supports d''information permettant d''aller vers les habitants du territoire'),
('CNAF-2023', '4.2-E1', '4.2', 2, 'EVALUATION', 'TEXT', FALSE, 'Meilleure visibilité exprimée par les habitants sur les missions et les moyens mobilisables auprès de chaque institution');

CREATE TABLE annual_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    post_id            BIGINT       NOT NULL,
    officer_username   VARCHAR(100) NOT NULL,
    report_year        INT          NOT NULL,
    edition            VARCHAR(20)  NOT NULL,
    ctg_lead           BOOLEAN      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    due_date           DATE         NOT NULL,
    submitted_at       TIMESTAMP(3) NULL,
    saved_at           TIMESTAMP(3) NULL,
    employer_remarks   TEXT         NULL,
    employer_by        VARCHAR(100) NULL,
    employer_at        TIMESTAMP(3) NULL,
    caf_comment        TEXT         NULL,
    caf_by             VARCHAR(100) NULL,
    caf_at             TIMESTAMP(3) NULL,
    accepted_by        VARCHAR(100) NULL,
    accepted_at        TIMESTAMP(3) NULL,
    CONSTRAINT uk_report_post_year UNIQUE (post_id, report_year),
    CONSTRAINT fk_report_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_answer (
    report_id      BIGINT      NOT NULL,
    indicator_code VARCHAR(20) NOT NULL,
    count_value    INT         NULL,
    text_value     TEXT        NULL,
    PRIMARY KEY (report_id, indicator_code),
    CONSTRAINT fk_answer_report FOREIGN KEY (report_id) REFERENCES annual_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_function_text (
    report_id     BIGINT      NOT NULL,
    function_code VARCHAR(10) NOT NULL,
    text_value    TEXT        NOT NULL,
    PRIMARY KEY (report_id, function_code),
    CONSTRAINT fk_function_text_report FOREIGN KEY (report_id) REFERENCES annual_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_attachment (
    report_id   BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (report_id, document_id),
    CONSTRAINT fk_attachment_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT fk_attachment_document FOREIGN KEY (document_id) REFERENCES stored_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evaluations of the posts by the Caf (phase 1 of the compliance plan).
CREATE TABLE post_evaluation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    evaluated_on DATE         NOT NULL,
    report_year  INT          NULL,
    text         TEXT         NOT NULL,
    conclusion   VARCHAR(30)  NULL,
    written_by   VARCHAR(100) NOT NULL,
    written_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_evaluation_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reminders sent about a post's report of a year (before and at the due date), once each.
CREATE TABLE report_reminder (
    post_id     BIGINT       NOT NULL,
    report_year INT          NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    sent_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (post_id, report_year, kind),
    CONSTRAINT fk_reminder_post FOREIGN KEY (post_id) REFERENCES cooperation_post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
