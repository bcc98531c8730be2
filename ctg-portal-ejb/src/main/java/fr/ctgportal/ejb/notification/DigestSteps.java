package fr.ctgportal.ejb.notification;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.notification.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The steps of the daily digest ({@link NotificationDigest}), each in its own transaction. */
@ApplicationScoped
public class DigestSteps {

    @Inject
    private Inbox inbox;

    @Inject
    private Records records;

    @Inject
    private Notifications notifications;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> firstPending() {
        return inbox.firstPendingDigests();
    }

    /**
     * Queues the digest of the recipient of that notification, naming all their pending ones, which
     * are then no longer pending. A person without an address gets none (their list in the portal
     * holds everything).
     *
     * @return whether a digest was queued
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean digest(long firstPending, LocalDate day) {
        String recipient = records.find(Notification.class, firstPending).getRecipient();
        List<Notification> pending = inbox.pendingDigestOf(recipient);
        pending.forEach(Notification::digested);
        String address = inbox.addressOf(recipient);
        if (pending.isEmpty() || address == null) {
            return false;
        }
        ResourceBundle texts = Notifications.texts();
        String subject = Notifications.subject(texts, "mail.digest.subject", pending.size(),
                DoctrineFormats.date(day));
        String lines = pending.stream()
                .map(n -> MessageFormat.format(texts.getString("mail.digest.line"), n.getSubject(),
                        notifications.link(n.getPath())))
                .collect(Collectors.joining("\n"));
        String body = MessageFormat.format(texts.getString("mail.digest.body"), pending.size(), lines) + "\n\n"
                + texts.getString("mail.footer");
        notifications.queue(List.of(address), subject, body);
        return true;
    }
}
