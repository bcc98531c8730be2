package fr.ctgportal.model.notification;

/** How a person receives the e-mails of their notifications. */
public enum MailChoice {
    /** One e-mail per notification, queued with the event. */
    IMMEDIATE,
    /** One e-mail a day listing the day's notifications (daily job {@code MAIL_DIGEST}). */
    DIGEST;

    /**
     * @param caf whether the person works for the Caf (advisor, manager)
     * @return the choice of a person who made none: one daily digest for the Caf, who follows many
     *     files; immediate for the authorities, who follow few
     */
    public static MailChoice defaultFor(boolean caf) {
        return caf ? DIGEST : IMMEDIATE;
    }
}
