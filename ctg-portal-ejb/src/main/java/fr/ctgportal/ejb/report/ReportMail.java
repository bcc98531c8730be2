package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    @Inject
    private People people;

    /** The report was sent: the Caf advisors of the territory and the employer's HR. */
    void submitted(AnnualReport report) {
        CooperationPost post = report.getPost();
        Object[] args = {post.getTitle(), post.getEmployer().getName(), String.valueOf(report.getYear())};
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
        toPost(post, event, Links.report(Side.AUTHORITY, report.getId()), post.getTitle(),
                post.getEmployer().getName(), String.valueOf(report.getYear()), Notifications.quoted(detail));
    }

    /**
     * A report of a year is due soon ({@code BEFORE}) or past due ({@code DUE}): the employer's HR.
     *
     * @param due {3} of the mail
     */
    void reminder(CooperationPost post, int year, String kind, LocalDate due) {
        toPost(post, "report.reminder." + kind.toLowerCase(Locale.ROOT), Links.reports(Side.AUTHORITY),
                post.getTitle(), post.getEmployer().getName(), String.valueOf(year), DoctrineFormats.date(due));
    }

    /** The post's officer (if they have an address) and its employer's HR, in one mail each. */
    private void toPost(CooperationPost post, String event, String path, Object... arguments) {
        List<String> to = new ArrayList<>();
        officerAddress(post).ifPresent(to::add);
        String hr = post.getEmployer().getHrEmail();
        if (hr != null) {
            to.add(hr);
        }
        notifications.send(to, event, path, arguments);
    }

    /** The address of the post's officer from their identity; none for a post without officer or one never signed in. */
    private Optional<String> officerAddress(CooperationPost post) {
        return people.emailOf(post.getOfficerUsername());
    }
}
