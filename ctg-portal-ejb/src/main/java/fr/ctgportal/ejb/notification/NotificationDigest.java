package fr.ctgportal.ejb.notification;

import fr.ctgportal.ejb.platform.OneAtATime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily digest (daily job {@code MAIL_DIGEST}): one e-mail to each person who chose the digest,
 * naming every notification that waited for it. One person per transaction; a failing one is logged
 * and skipped, and their notifications wait for the next day's digest.
 */
@ApplicationScoped
public class NotificationDigest {

    private static final Logger LOG = Logger.getLogger(NotificationDigest.class.getName());

    @Inject
    private DigestSteps steps;

    /** @return how many digests were queued */
    public int sendDigests(LocalDate day) {
        return OneAtATime.count(steps.firstPending(), first -> steps.digest(first, day), LOG,
                "digest of the recipient of notification");
    }
}
