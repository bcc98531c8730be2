package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.compliance.ProcedureDeadlines;
import fr.ctgportal.ejb.jobs.DailyRun;
import fr.ctgportal.ejb.notification.NotificationService;
import fr.ctgportal.ejb.notification.NotificationView;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.VacancyWatch;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.jobs.DailyJob;
import fr.ctgportal.model.notification.MailChoice;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.VacancyCause;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Notifications (issue 14): recorded with the event and its e-mails (a refused event tells nobody),
 * listed to their recipient only, unread first, marked read one by one or all at once; e-mails by
 * each person's choice: immediate, or one daily digest (the daily job, once a day). The people are
 * the test's own two HR staff of Nîmes Métropole (one chose the digest, the other kept the
 * authorities' default, immediate) and its own post; the Caf side is the demo advisor conseil.sud
 * (who chose immediate e-mails).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT extends DeployedServices {

    private static final String NIMES = "243000643";
    private static final String DIGEST_HR = "rh.nimes.resume";
    private static final String IMMEDIATE_HR = "rh.nimes.immediat";
    private static final String CAF_MAIL = "conseil.sud@demo.ctg-portal.invalid";
    private static final String NIMES_MAILBOX = "rh.243000643@demo.ctg-portal.invalid";
    private static final String TITLE = "IT notifications : vacance";

    private static long post;

    @EJB
    private NotificationService notifications;

    @Inject
    private VacancyWatch watch;

    @Inject
    private DailyRun daily;

    @Inject
    private ProcedureDeadlines deadlines;

    private Demo demo() {
        Demo demo = database().member(DIGEST_HR, NIMES).member(IMMEDIATE_HR, NIMES);
        for (String hr : List.of(DIGEST_HR, IMMEDIATE_HR)) {
            // The row may exist already without an address: the test login records the sign-in, not the identity.
            demo.update("insert into portal_user (username, given_name, family_name, email, main_role, last_sign_in) "
                    + "values (?, 'Agent', ?, ?, 'authority-hr', current_timestamp(3)) on duplicate key update "
                    + "email = values(email), main_role = values(main_role)", hr, hr, mailOf(hr));
        }
        return demo;
    }

    private static String mailOf(String username) {
        return username + "@notifications.invalid";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private long notificationsOn(String recipient, String event) {
        return demo().number("select count(*) from notification where recipient = ? and event = ? and path like ?",
                recipient, event, "%id=" + post);
    }

    @Test
    @Order(1)
    @AsUser(name = DIGEST_HR, roles = AUTHORITY_HR)
    void anEventTellsTheFollowersInAppAndByEMailNamingThePost() {
        Demo demo = demo();
        demo.update("update portal_user set mail_choice = null where username = ?", DIGEST_HR);
        assertEquals(MailChoice.IMMEDIATE, notifications.mailChoice(), "the authorities' default");
        notifications.chooseMail(MailChoice.DIGEST);
        assertEquals(MailChoice.DIGEST, notifications.mailChoice());

        post = demo.ownPost(NIMES, TITLE, "Hélène Suivie");
        long version = posts.findPost(post).version();
        refused("post.error.vacancyDate",
                () -> posts.declareVacancy(post, version, today().plusDays(1), VacancyCause.DEPARTURE, null));
        assertEquals(0, demo.number("select count(*) from notification where path like ?", "%id=" + post),
                "a refused event tells nobody");

        posts.declareVacancy(post, version, today().minusMonths(3), VacancyCause.DEPARTURE, null);
        assertEquals(1, notificationsOn("conseil.sud", "vacancy.declared"), "the advisor of the territory");
        // Reference, title, last holder and authority: posts of the same title cannot be confused.
        String named = "Vacance de poste déclarée : " + CooperationPost.referenceOf(post) + " « " + TITLE
                + " », vacant (dernier titulaire : Hélène Suivie) (CA de Nîmes Métropole)";
        assertEquals(named, demo.text("select subject from notification where recipient = 'conseil.sud' "
                + "and event = 'vacancy.declared' and path like ?", "%id=" + post));
        assertEquals(1, demo.mails(CAF_MAIL, named), "conseil.sud chose immediate e-mails");
        assertEquals(1, demo.number("select count(*) from outgoing_mail where subject = ? and body not like "
                + "'%messagerie%'", named), "a post has no message thread: the mail points to none");
    }

    @Test
    @Order(2)
    @AsUser(name = DIGEST_HR, roles = AUTHORITY_HR)
    void eachPersonGetsTheEMailOfTheirChoice() {
        Demo demo = demo();
        watch.suspendExpired(today());
        String subject = "Financement suspendu : " + CooperationPost.referenceOf(post) + " «%";
        assertEquals(1, notificationsOn(DIGEST_HR, "vacancy.suspended"));
        assertEquals(1, notificationsOn(IMMEDIATE_HR, "vacancy.suspended"));
        assertEquals(0, demo.mails(mailOf(DIGEST_HR), subject), "the digest will name it");
        assertEquals(1, demo.number("select count(*) from notification where recipient = ? and event = "
                + "'vacancy.suspended' and digest_pending and path like ?", DIGEST_HR, "%id=" + post));
        assertEquals(1, demo.mails(mailOf(IMMEDIATE_HR), subject), "immediate: the authorities' default");
        assertEquals(1, demo.mails(NIMES_MAILBOX, subject), "the authority's HR mailbox, as before");
        assertEquals(1, demo.mails(CAF_MAIL, subject));
    }

    @Test
    @Order(3)
    @AsUser(name = DIGEST_HR, roles = AUTHORITY_HR)
    void aPersonSeesTheirOwnNotificationsUnreadFirstAndMarksThemRead() {
        Demo demo = demo();
        List<NotificationView> mine = notifications.mine();
        long suspended = demo.number("select id from notification where recipient = ? and event = "
                + "'vacancy.suspended' and path like ?", DIGEST_HR, "%id=" + post);
        long others = demo.number("select id from notification where recipient = ? and event = "
                + "'vacancy.suspended' and path like ?", IMMEDIATE_HR, "%id=" + post);
        assertTrue(mine.stream().anyMatch(n -> n.id() == suspended && !n.read()));
        assertFalse(mine.stream().anyMatch(n -> n.id() == others), "another person's notification never shows");
        assertEquals(demo.number("select count(*) from notification where recipient = ?", DIGEST_HR),
                mine.size());
        assertEquals(demo.number("select count(*) from notification where recipient = ? and read_at is null",
                DIGEST_HR), notifications.unreadCount());

        long unread = notifications.unreadCount();
        notifications.markRead(suspended);
        notifications.markRead(suspended); // again: no change
        assertEquals(unread - 1, notifications.unreadCount());
        List<NotificationView> after = notifications.mine();
        assertTrue(after.stream().filter(n -> n.id() == suspended).allMatch(NotificationView::read));
        assertTrue(after.indexOf(after.stream().filter(NotificationView::read).findFirst().orElseThrow()) >= after
                .stream().filter(n -> !n.read()).count(), "unread first");

        assertThrows(NotFoundException.class, () -> notifications.markRead(others));
        assertEquals(0, demo.number("select count(*) from notification where id = ? and read_at is not null",
                others), "another person's notification stays unread");

        notifications.markAllRead();
        assertEquals(0, notifications.unreadCount());
        assertEquals(1, demo.number("select count(*) from notification where id = ? and read_at is null", others));
    }

    @Test
    @Order(4)
    @AsUser(name = DIGEST_HR, roles = AUTHORITY_HR)
    void theDailyDigestNamesTheDaysNotificationsOnceADay() {
        Demo demo = demo();
        // A day no other test runs the jobs of.
        LocalDate day = today().plusYears(7);
        String subject = "Portail CTG : % au " + DoctrineFormats.date(day);
        assertTrue(daily.runOnce(day, DailyJob.MAIL_DIGEST).containsKey(DailyJob.MAIL_DIGEST));
        assertEquals(1, demo.mails(mailOf(DIGEST_HR), subject), "one digest");
        assertEquals(1, demo.number("select count(*) from outgoing_mail where recipient = ? and subject like ? "
                + "and body like ?", mailOf(DIGEST_HR), subject,
                "%- Financement suspendu : " + CooperationPost.referenceOf(post) + " «%"), "naming the notification");
        assertEquals(0, demo.number("select count(*) from notification where recipient = ? and digest_pending",
                DIGEST_HR), "nothing waits any more");
        assertEquals(0, demo.mails(mailOf(IMMEDIATE_HR), subject), "who chose immediate e-mails gets no digest");

        assertTrue(daily.runOnce(day, DailyJob.MAIL_DIGEST).isEmpty(), "the day's digest is done");
        assertEquals(1, demo.mails(mailOf(DIGEST_HR), subject), "still one");
        daily.runOnce(day.plusDays(1), DailyJob.MAIL_DIGEST);
        assertEquals(0, demo.mails(mailOf(DIGEST_HR), "Portail CTG : % au " + DoctrineFormats.date(day.plusDays(1))),
                "nothing new: no digest");
    }

    @Test
    @Order(5)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theManagersAreToldOnceOfAProcedureWhoseDeadlinePassed() {
        Demo demo = demo();
        long other = demo.ownPost(NIMES, "IT notifications : procédure", "Paul Procédure");
        long procedure = procedures.open(other, ProcedureGround.WEIGHING, "Pesée manquante", today().plusDays(10));
        assertEquals(1, demo.number("select count(*) from notification where recipient = ? and event = "
                + "'procedure.opened' and path like ?", IMMEDIATE_HR, "%id=" + other), "the authority's HR staff");
        String path = "%id=" + other + "#procedure-" + procedure;
        String notices = "select count(*) from notification where recipient = 'direction.caf' and event = "
                + "'procedure.deadlinePassed' and path like ?";

        deadlines.tellManagers(today().plusDays(10));
        assertEquals(0, demo.number(notices, path), "not before the deadline has passed");
        deadlines.tellManagers(today().plusDays(11));
        assertEquals(1, demo.number(notices, path));
        assertEquals("Échéance de procédure dépassée : " + CooperationPost.referenceOf(other)
                + " « IT notifications : procédure », titulaire : Paul Procédure (CA de Nîmes Métropole)",
                demo.text("select subject from notification where recipient = 'direction.caf' and event = "
                        + "'procedure.deadlinePassed' and path like ?", path));
        deadlines.tellManagers(today().plusDays(12));
        assertEquals(1, demo.number(notices, path), "told once");
    }
}
