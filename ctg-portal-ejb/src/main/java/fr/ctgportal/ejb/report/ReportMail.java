package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Who is told of a step of an annual report. The Caf's review and the reminders go to the post's
 * officer (the address of their identity, once they signed in) and to the employer's HR, who stays
 * informed and writes the report of a post without officer. Mails name the post, its employer and
 * the year ({0} to {2}).
 */
@ApplicationScoped
public class ReportMail {

    @Inject
    private Notifications notifications;

    /** The report was sent: the Caf advisors of the territory and the employer's HR. */
    void submitted(AnnualReport report) {
        CooperationPost post = report.getPost();
        Object[] args = {Notifications.post(post), post.getEmployer().getName(), String.valueOf(report.getYear())};
        notifications.toCaf(post.getTerritory(), "report.submitted", Links.report(Side.CAF, report.getId()), args);
        notifications.toAuthority(post.getEmployer(), "report.submitted", Links.report(Side.AUTHORITY, report.getId()),
                args);
    }

    /**
     * The Caf reviewed it: the post's officer and the employer's HR.
     *
     * @param detail {3} of the mail (the additions asked, the annual evaluation)
     */
    void reviewed(AnnualReport report, String event, String detail) {
        CooperationPost post = report.getPost();
        toPost(post, event, Links.report(Side.AUTHORITY, report.getId()), Notifications.post(post),
                post.getEmployer().getName(), String.valueOf(report.getYear()), Notifications.quoted(detail));
    }

    /**
     * A report of a year is due soon ({@code BEFORE}) or past due ({@code DUE}): the employer's HR.
     *
     * @param due {3} of the mail
     */
    void reminder(CooperationPost post, int year, String kind, LocalDate due) {
        toPost(post, "report.reminder." + kind.toLowerCase(Locale.ROOT), Links.reports(Side.AUTHORITY),
                Notifications.post(post), post.getEmployer().getName(), String.valueOf(year),
                DoctrineFormats.date(due));
    }

    /** The post's officer (in-app, and by e-mail when their identity gives an address) and its employer's HR. */
    private void toPost(CooperationPost post, String event, String path, Object... arguments) {
        notifications.toAuthorityAnd(post.getEmployer(), post.getOfficerUsername(), event, path, arguments);
    }
}
