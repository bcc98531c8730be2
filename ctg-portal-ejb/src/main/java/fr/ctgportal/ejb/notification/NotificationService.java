package fr.ctgportal.ejb.notification;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.usecase.UseCase;
import fr.ctgportal.model.account.PortalUser;
import fr.ctgportal.model.notification.MailChoice;
import fr.ctgportal.model.notification.Notification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Objects;

/**
 * The signed-in person's notifications (what happened on the files they follow, recorded by
 * {@code mail.Notifications} with each event) and how they want their e-mails. A person sees and
 * marks only their own: another's notification is "not found".
 */
@Stateless
@Interceptors(DomainRules.class)
public class NotificationService extends UseCase {

    /** How many notifications the list shows: the unread ones come first. */
    static final int LIST_SIZE = 200;

    @Inject
    private Inbox inbox;

    @Inject
    private People people;

    /** @return the caller's notifications, unread first, then newest first (at most {@value #LIST_SIZE}) */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public List<NotificationView> mine() {
        return inbox.of(caller().username(), LIST_SIZE).stream().map(NotificationView::of).toList();
    }

    /** @return how many of the caller's notifications are unread */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public long unreadCount() {
        return inbox.unreadCount(caller().username());
    }

    /**
     * Marks one of the caller's notifications read (again: no change).
     *
     * @throws NotFoundException when it is not the caller's
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public void markRead(long notificationId) {
        Notification n = records.find(Notification.class, notificationId);
        if (!n.getRecipient().equals(caller().username())) {
            throw new NotFoundException();
        }
        n.markRead(clock.instant());
    }

    /** @return how many of the caller's notifications were marked read */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public int markAllRead() {
        return inbox.markAllRead(caller().username(), clock.instant());
    }

    /** @return how the caller receives their e-mails (their choice, or their side's default) */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public MailChoice mailChoice() {
        return people.withUsername(caller().username()).map(PortalUser::mailChoice)
                .orElse(MailChoice.defaultFor(caller().has(CAF_ADVISOR) || caller().has(CAF_MANAGER)));
    }

    /**
     * The caller chooses immediate e-mails or one daily digest; from then on, their notifications
     * follow it (those already waiting for a digest still go in it).
     *
     * @throws NotFoundException when the caller never signed in (no person recorded)
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public void chooseMail(MailChoice choice) {
        PortalUser me = people.withUsername(caller().username()).orElseThrow(NotFoundException::new);
        me.chooseMail(Objects.requireNonNull(choice));
    }
}
