-- People as the identity provider names them, copied at sign-in (issue 12/14: names, not logins).
CREATE TABLE portal_user (
    username     VARCHAR(100) NOT NULL PRIMARY KEY,
    subject      VARCHAR(255) NULL,
    given_name   VARCHAR(150) NULL,
    family_name  VARCHAR(150) NULL,
    email        VARCHAR(200) NULL,
    main_role    VARCHAR(40)  NULL,
    last_sign_in TIMESTAMP(3) NOT NULL,
    -- not unique: a login renamed at the identity provider keeps its subject until the records follow it
    INDEX ix_portal_user_subject (subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
