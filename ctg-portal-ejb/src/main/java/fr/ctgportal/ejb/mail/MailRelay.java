package fr.ctgportal.ejb.mail;

import fr.ctgportal.ejb.platform.DomainRules;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/** Retries the notifications that could not be sent (SMTP server down), every minute. */
@Singleton
@Interceptors(DomainRules.class)
public class MailRelay {

    @Inject
    private MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void retry() {
        outbox.relay();
    }
}
