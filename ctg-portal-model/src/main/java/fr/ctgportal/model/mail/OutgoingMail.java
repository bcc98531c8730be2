package fr.ctgportal.model.mail;

import fr.ctgportal.model.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notification e-mail, queued in the transaction of the decision it announces (so a refused or
 * rolled-back decision sends nothing) and sent after the commit; failures are retried. Each node's
 * relay claims a mail before sending it ({@code OutgoingMail.claim}: a row lock taken with
 * {@code SKIP LOCKED}, held until the mail is marked sent), so no two nodes send the same mail.
 */
@Entity
@Table(name = "outgoing_mail")
// Locks the mail for its delivery unless another node holds it (skips it then) or it was sent meanwhile.
@NamedNativeQuery(name = "OutgoingMail.claim", query = "select id from outgoing_mail "
        + "where id = ?1 and sent_at is null for update skip locked")
@NamedQuery(name = "OutgoingMail.pending", query = "select m.id from OutgoingMail m where m.sentAt is null and m.attempts < :maxAttempts order by m.id")
public class OutgoingMail extends IdentifiedEntity {

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, String subject, String body, Instant queuedAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.queuedAt = queuedAt;
    }

    public void sent(Instant at) {
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    public void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getQueuedAt() { return queuedAt; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
}
