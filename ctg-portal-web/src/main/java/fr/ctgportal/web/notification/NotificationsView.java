package fr.ctgportal.web.notification;

import fr.ctgportal.ejb.notification.NotificationService;
import fr.ctgportal.ejb.notification.NotificationView;
import fr.ctgportal.model.notification.MailChoice;
import fr.ctgportal.web.faces.Actions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The signed-in person's notifications (unread first; opening one marks it read and goes to its
 * page) and their choice of e-mails: immediate, or one daily digest.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    private List<NotificationView> list;
    private MailChoice mailChoice;

    @PostConstruct
    void load() {
        list = notifications.mine();
        mailChoice = notifications.mailChoice();
    }

    /** Marks the notification read and opens its page. */
    public void open(long id, String path) {
        if (Actions.attempt(() -> notifications.markRead(id), null)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String markRead(long id) {
        return Actions.run("notification.markedRead", () -> notifications.markRead(id), "");
    }

    public String markAllRead() {
        return Actions.run("notification.allMarkedRead", notifications::markAllRead, "");
    }

    public String saveMailChoice() {
        return Actions.run("notification.mailChoiceSaved", () -> notifications.chooseMail(mailChoice), "");
    }

    public long getUnread() { return list.stream().filter(n -> !n.read()).count(); }
    public List<NotificationView> getList() { return list; }
    public MailChoice[] getMailChoices() { return MailChoice.values(); }
    public MailChoice getMailChoice() { return mailChoice; }
    public void setMailChoice(MailChoice mailChoice) { this.mailChoice = mailChoice; }
}
