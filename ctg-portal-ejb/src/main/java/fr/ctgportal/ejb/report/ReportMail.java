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
 * Who is told of a step of an annual report. The portal knows no officer's address: the employer's
 * HR mailbox passes it on. Mails name the post, its employer and the year ({0} to {2}).
 */
@ApplicationScoped
public class ReportMail {

    @Inject
    private Notifications notifications;

    /** The report was sent: the Caf advisors of the territory and the employer's HR. */
    void submitted(AnnualReport report) {
        CooperationPost post = report.getPost();
        Object[] args = {post.getTitle(), post.getEmployer().getName(), String.valueOf(report.getYear())};
        notifications.toCaf(post.getTerritory(), "report.submitted", Links.report(Side.CAF, report.getId()), args);
        notifications.toAuthority(post.getEmployer(), "report.submitted", Links.report(Side.AUTHORITY, report.getId()),
                args);
    }

    /**
     * The Caf reviewed it: the employer's HR.
     *
     * @param detail {3} of the mail (the additions asked), or empty
     */
    void reviewed(AnnualReport report, String event, String detail) {
        CooperationPost post = report.getPost();
        notifications.toAuthority(post.getEmployer(), event, Links.report(Side.AUTHORITY, report.getId()),
                post.getTitle(), post.getEmployer().getName(), String.valueOf(report.getYear()),
                Notifications.quoted(detail));
    }

    /**
     * A report of a year is due soon ({@code BEFORE}) or past due ({@code DUE}): the employer's HR.
     *
     * @param due {3} of the mail
     */
    void reminder(CooperationPost post, int year, String kind, LocalDate due) {
        notifications.toAuthority(post.getEmployer(), "report.reminder." + kind.toLowerCase(Locale.ROOT),
                Links.reports(Side.AUTHORITY), post.getTitle(), post.getEmployer().getName(), String.valueOf(year),
                DoctrineFormats.date(due));
    }
}
