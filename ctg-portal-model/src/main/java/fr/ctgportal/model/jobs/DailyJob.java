package fr.ctgportal.model.jobs;

/**
 * The jobs the portal runs once a day for the whole cluster, each claimed separately
 * ({@link JobRun}), so that one failing job does not stop the others.
 */
public enum DailyJob {
    /** Reminders of the Caf's due dates on recruitment files. */
    RECRUITMENT_REMINDERS,
    /** Erasure of the candidates' personal data once the retention period is over. */
    PERSONAL_DATA_ERASURE,
    /** Suspension of the funding of posts vacant beyond the grace period. */
    VACANCY_WATCH,
    /** Reminders of the annual activity reports. */
    REPORT_REMINDERS,
    /** The Caf managers told of the compliance procedures whose deadline passed. */
    PROCEDURE_DEADLINES,
    /** The e-mail digest of the notifications of those who chose one e-mail a day. */
    MAIL_DIGEST
}
