package fr.ctgportal.ejb.notification;

import fr.ctgportal.model.notification.Notification;
import java.io.Serializable;
import java.time.Instant;

/**
 * A notification in its recipient's list.
 *
 * @param path the page where it is handled, from the context root
 */
public record NotificationView(long id, String subject, String path, Instant at, boolean read)
        implements
            Serializable {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getSubject(), n.getPath(), n.getCreatedAt(), n.isRead());
    }
}
