package fr.ctgportal.ejb.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Retries the notifications that could not be sent (SMTP server down), every minute. */
@Singleton
public class MailRelay {

    @Inject
    private MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void retry() {
        outbox.relay();
    }
}
