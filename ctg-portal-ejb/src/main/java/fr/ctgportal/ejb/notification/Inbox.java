package fr.ctgportal.ejb.notification;

import fr.ctgportal.model.notification.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The people's notifications (repository of {@link Notification}), by recipient's login. */
@ApplicationScoped
public class Inbox {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return the person's notifications, unread first, then newest first; at most {@code max} */
    public List<Notification> of(String recipient, int max) {
        return em.createNamedQuery("Notification.of", Notification.class).setParameter("recipient", recipient)
                .setMaxResults(max).getResultList();
    }

    /** @return how many of the person's notifications are unread */
    public long unreadCount(String recipient) {
        return em.createNamedQuery("Notification.unreadCount", Long.class).setParameter("recipient", recipient)
                .getSingleResult();
    }

    /** @return how many were marked read */
    public int markAllRead(String recipient, Instant at) {
        return em.createNamedQuery("Notification.markAllRead").setParameter("recipient", recipient)
                .setParameter("at", at).executeUpdate();
    }

    /** @return whether anyone was ever told of that event on that page (a notice sent once) */
    public boolean told(String event, String path) {
        return em.createNamedQuery("Notification.countOf", Long.class).setParameter("event", event)
                .setParameter("path", path).getSingleResult() > 0;
    }

    /** @return one notification id per person with a daily digest to send */
    public List<Long> firstPendingDigests() {
        return em.createNamedQuery("Notification.firstPendingDigests", Long.class).getResultList();
    }

    /** @return the person's notifications waiting for their digest, oldest first */
    public List<Notification> pendingDigestOf(String recipient) {
        return em.createNamedQuery("Notification.pendingDigestOf", Notification.class)
                .setParameter("recipient", recipient).getResultList();
    }

    /** @return the address a digest goes to: the advisor's recorded one, else the identity's; null if none */
    public String addressOf(String username) {
        return em.createNamedQuery("CafAdvisor.emailOf", String.class).setParameter("username", username)
                .getResultStream().findFirst()
                .orElseGet(() -> em.createNamedQuery("PortalUser.withUsernames",
                        fr.ctgportal.model.account.PortalUser.class).setParameter("usernames", List.of(username))
                        .getResultStream().map(fr.ctgportal.model.account.PortalUser::getEmail).findFirst()
                        .orElse(null));
    }
}
