package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The steps of the daily report reminders ({@link ReportDeadlines}), each in its own transaction. */
@ApplicationScoped
public class ReportDeadlineSteps {

    @Inject
    private Records records;

    @Inject
    private AnnualReports reports;

    @Inject
    private Posts posts;

    @Inject
    private ReportMail mail;

    @Inject
    private Clock clock;

    /**
     * The posts to remind of a year's report: those with an officer, and those whose opened report
     * is still to send (a draft left on a post that became vacant: the employer's HR finishes it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> postsToRemind(int year) {
        Set<Long> ids = new TreeSet<>(posts.idsWithOfficer());
        ids.addAll(reports.postIdsWithEditableReport(year));
        return List.copyOf(ids);
    }

    /** Sends the reminder unless the report was sent or the reminder already went out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean remind(long postId, int year, String kind, LocalDate due) {
        CooperationPost post = records.find(CooperationPost.class, postId);
        AnnualReport report = reports.ofPostAndYear(post, year);
        boolean sentToCaf = report != null && !report.getStatus().editable();
        if (sentToCaf || !reports.noteReminder(postId, year, kind, clock.instant())) {
            return false;
        }
        mail.reminder(post, year, kind, due);
        return true;
    }
}
