package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.platform.OneAtATime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily reminders of the annual reports: a report due this year and not sent yet gets a
 * reminder to the employer's HR some days before its due date, and another once it is due; each
 * is sent once per post and year. One post per transaction; a failing one is logged and skipped.
 */
@ApplicationScoped
public class ReportDeadlines {

    private static final Logger LOG = Logger.getLogger(ReportDeadlines.class.getName());

    @Inject
    private ReportSettings settings;

    @Inject
    private ReportDeadlineSteps steps;

    /** @return how many reminders were sent */
    public int sendReminders(LocalDate today) {
        int year = today.getYear() - 1;
        LocalDate due = settings.dueDate(year);
        String kind = today.isAfter(due)
                ? "DUE"
                : !today.isBefore(due.minusDays(settings.reminderDays())) ? "BEFORE" : null;
        if (kind == null) {
            return 0;
        }
        return OneAtATime.count(steps.postsToRemind(year), post -> steps.remind(post, year, kind, due), LOG,
                "report reminder of post");
    }
}
