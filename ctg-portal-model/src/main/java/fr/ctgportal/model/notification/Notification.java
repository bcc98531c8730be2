package fr.ctgportal.model.notification;

import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What happened on a file a person follows, shown in their notification list: one per recipient,
 * recorded in the transaction of the event with its e-mail (a rolled-back event leaves none).
 *
 * <p>Lifecycle: created unread; {@link #markRead(Instant)} once (reading it again keeps the first
 * instant). When its recipient chose the daily digest it is {@link #isDigestPending() pending} until
 * the digest that names it is queued ({@link #digested()}).
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.of", query = "select n from Notification n where n.recipient = :recipient "
        + "order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.unreadCount", query = "select count(n) from Notification n "
        + "where n.recipient = :recipient and n.readAt is null")
@NamedQuery(name = "Notification.markAllRead", query = "update Notification n set n.readAt = :at "
        + "where n.recipient = :recipient and n.readAt is null")
// One id per recipient with a digest to send: the daily job goes through recipients by it.
@NamedQuery(name = "Notification.firstPendingDigests", query = "select min(n.id) from Notification n "
        + "where n.digestPending = true group by n.recipient")
@NamedQuery(name = "Notification.pendingDigestOf", query = "select n from Notification n "
        + "where n.recipient = :recipient and n.digestPending = true order by n.createdAt, n.id")
@NamedQuery(name = "Notification.countOf", query = "select count(n) from Notification n "
        + "where n.event = :event and n.path = :path")
public class Notification extends IdentifiedEntity {

    /** What the subject column holds. */
    public static final int MAX_SUBJECT = 300;

    /** The login of the person told. */
    @Column(nullable = false, length = 100)
    private String recipient;

    /** What happened, as the mail texts name it ({@code weighing.agreed}). */
    @Column(nullable = false, length = 60)
    private String event;

    /** The e-mail's subject, one line. */
    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    /** The page of the portal where it is handled, from the context root. */
    @Column(nullable = false, length = 300)
    private String path;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    protected Notification() {
        // for JPA
    }

    /**
     * @param subject one line (what users typed in it was put on one line by the mail texts)
     * @param digest  the recipient chose the daily digest: this one waits for it
     */
    public Notification(String recipient, String event, String subject, String path, Instant at, boolean digest) {
        this.recipient = recipient;
        this.event = event;
        this.subject = TextLimit.oneLine(subject);
        this.path = path;
        this.createdAt = at;
        this.digestPending = digest;
    }

    /** The recipient read it; a second reading keeps the first instant. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The daily digest that names it was queued. */
    public void digested() {
        digestPending = false;
    }

    public boolean isRead() { return readAt != null; }

    public String getRecipient() { return recipient; }
    public String getEvent() { return event; }
    public String getSubject() { return subject; }
    public String getPath() { return path; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isDigestPending() { return digestPending; }
}
