-- In-app notifications (issue 14): what happened on the files a person follows, recorded in the
-- transaction of the event with its outbox e-mail. digest_pending: the person chose one daily e-mail
-- and this notification waits for it (the daily job MAIL_DIGEST sends it and clears the flag).
CREATE TABLE notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient      VARCHAR(100) NOT NULL,
    event          VARCHAR(60)  NOT NULL,
    subject        VARCHAR(300) NOT NULL,
    path           VARCHAR(300) NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    read_at        TIMESTAMP(3) NULL,
    digest_pending BOOLEAN      NOT NULL DEFAULT FALSE,
    INDEX ix_notification_recipient (recipient, read_at, created_at),
    INDEX ix_notification_digest (digest_pending, recipient)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How a person wants their e-mails: IMMEDIATE or DIGEST; null: the default of their side (immediate
-- for the authorities, one daily digest for the Caf).
ALTER TABLE portal_user ADD COLUMN mail_choice VARCHAR(20) NULL;
