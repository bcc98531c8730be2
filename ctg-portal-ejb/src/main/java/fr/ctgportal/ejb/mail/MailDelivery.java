package fr.ctgportal.ejb.mail;

import fr.ctgportal.model.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one queued mail through Jakarta Mail to the configured SMTP server, in its own transaction.
 *
 * <p>Exactly once across nodes: the delivery first locks the mail's row with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (MariaDB 10.6 and later) and sends only if it got the
 * lock and the mail is still unsent; the lock is held until the mail is marked sent and committed. A
 * relay of another node running in the same second skips that mail instead of waiting for it, and one
 * coming after the commit finds it sent. (A row lock rather than an optimistic version: a version
 * check would only fail after the second SMTP send.) The one case left is the SMTP server accepting
 * the mail and the commit then failing (database lost at that instant): the mail is sent again at the
 * next relay, as with every at-least-once outbox.
 */
@ApplicationScoped
public class MailDelivery {

    /** After that many failures a mail stays in the outbox for a human to look at. */
    static final int MAX_ATTEMPTS = 20;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ctg.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "ctg.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "ctg.mail.from")
    String from;

    /** @return the ids of the mails not sent yet that may be tried again, oldest first */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> pending() {
        return em.createNamedQuery("OutgoingMail.pending", Long.class).setParameter("maxAttempts", MAX_ATTEMPTS)
                .getResultList();
    }

    /**
     * Sends the mail unless it was sent meanwhile or another node is sending it; a failure is counted
     * on the mail, not thrown.
     *
     * @return whether this call sent it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliver(long id) {
        if (em.createNamedQuery("OutgoingMail.claim").setParameter(1, id).getResultList().isEmpty()) {
            return false; // sent, or locked by another relay that is sending it
        }
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null || mail.getSentAt() != null) {
            return false;
        }
        try {
            Transport.send(message(mail));
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            mail.failed(e.toString());
            return false;
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from, "Portail CTG", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setSentDate(Date.from(mail.getQueuedAt()));
        return message;
    }
}
