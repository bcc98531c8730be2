package fr.ctgportal.web.notification;

import fr.ctgportal.ejb.notification.NotificationService;
import fr.ctgportal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count of the header's notifications link: read once per request. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    private NotificationService notifications;

    private Long count;

    /** @return how many of the signed-in person's notifications are unread */
    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }

    /** @return the link's name for screen readers: "Notifications, 3 non lues" */
    public String getLabel() {
        return getCount() == 0
                ? Messages.text("notification.nav")
                : Messages.text("notification.navUnread", getCount());
    }
}
