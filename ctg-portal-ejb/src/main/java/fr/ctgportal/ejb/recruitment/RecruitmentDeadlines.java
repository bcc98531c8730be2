package fr.ctgportal.ejb.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
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
        int sent = 0;
        for (long id : steps.awaitingCaf()) {
            try {
                sent += steps.remind(id, today) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "reminder of recruitment file " + id + " failed", e);
            }
        }
        return sent;
    }

    /** @return how many files had their personal data erased */
    public int erasePersonalData(LocalDate today) {
        int erased = 0;
        for (long id : steps.pastRetention(today)) {
            try {
                steps.erasePersonalData(id);
                erased++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "erasure of recruitment file " + id + " failed", e);
            }
        }
        return erased;
    }
}
