package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.OneAtATime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily work on recruitment files ({@link fr.ctgportal.ejb.platform.DailyJobs}): reminders to the Caf before
 * and at the due date of its answer, each sent once per due date; and the erasure of candidates'
 * personal data once the retention time after the file's closing has passed. One file per
 * transaction; a failing file is logged and skipped.
 */
@ApplicationScoped
public class RecruitmentDeadlines {

    private static final Logger LOG = Logger.getLogger(RecruitmentDeadlines.class.getName());

    @Inject
    private RecruitmentDeadlineSteps steps;

    /** @return how many reminders were queued */
    public int sendReminders(LocalDate today) {
        return OneAtATime.count(steps.awaitingCaf(), id -> steps.remind(id, today), LOG,
                "reminder of recruitment file");
    }

    /** @return how many files had their personal data erased */
    public int erasePersonalData(LocalDate today) {
        return OneAtATime.count(steps.pastRetention(today), id -> {
            steps.erasePersonalData(id);
            return true;
        }, LOG, "erasure of recruitment file");
    }
}
