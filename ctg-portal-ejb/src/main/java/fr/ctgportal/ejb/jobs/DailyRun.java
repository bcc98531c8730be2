package fr.ctgportal.ejb.jobs;

import fr.ctgportal.ejb.post.VacancyWatch;
import fr.ctgportal.ejb.compliance.ProcedureDeadlines;
import fr.ctgportal.ejb.notification.NotificationDigest;
import fr.ctgportal.ejb.recruitment.RecruitmentDeadlines;
import fr.ctgportal.ejb.report.ReportDeadlines;
import fr.ctgportal.model.jobs.DailyJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs the daily jobs exactly once a day for the whole cluster: each job of a day is claimed in the
 * database ({@link JobRuns}, unique key job + day) and only the node that got the claim runs it.
 * {@link DailyJobs} calls {@link #runDue(ZonedDateTime)} at 7:00 and every quarter of an hour, so a
 * day when every node was down at 7:00 is caught up by the first node up afterwards; the jobs work
 * from the state of the records (a reminder not sent yet, a vacancy past its grace period), so the
 * day's run also does what a missed earlier day would have done.
 */
@ApplicationScoped
public class DailyRun {

    /** The hour the jobs are due, Paris time. */
    public static final LocalTime DUE_AT = LocalTime.of(7, 0);

    /** A claim not finished after this long is taken over (its node died mid-run; a run takes seconds). */
    static final Duration STALE_AFTER = Duration.ofHours(2);

    private static final Logger LOG = Logger.getLogger(DailyRun.class.getName());

    /** This JVM, as named in the job runs: {@code pid@host}. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    private JobRuns runs;

    @Inject
    private RecruitmentDeadlines deadlines;

    @Inject
    private VacancyWatch vacancies;

    @Inject
    private ReportDeadlines reports;

    @Inject
    private NotificationDigest digests;

    @Inject
    private ProcedureDeadlines procedures;

    @Inject
    private Clock clock;

    /**
     * Runs the jobs of the day of {@code now} not claimed yet, once it is 7:00 or later (Paris time).
     *
     * @return what this node did, by job (empty before 7:00 or when every job was claimed elsewhere)
     */
    public Map<DailyJob, Integer> runDue(ZonedDateTime now) {
        ZonedDateTime paris = now.withZoneSameInstant(clock.getZone());
        if (paris.toLocalTime().isBefore(DUE_AT)) {
            return Map.of();
        }
        return runOnce(paris.toLocalDate(), DailyJob.values());
    }

    /**
     * Runs these jobs for that day, each only if this node claims it.
     *
     * @return for each job this node ran, how many records it handled (reminders sent, files erased,
     *     fundings suspended, digests queued)
     */
    public Map<DailyJob, Integer> runOnce(LocalDate day, DailyJob... jobs) {
        Map<DailyJob, Integer> done = new EnumMap<>(DailyJob.class);
        for (DailyJob job : jobs) {
            Instant now = clock.instant();
            if (!claim(job, day, NODE, now, now.minus(STALE_AFTER))) {
                continue;
            }
            String outcome;
            try {
                int count = run(job, day);
                done.put(job, count);
                outcome = Integer.toString(count);
            } catch (RuntimeException e) {
                outcome = "failed: " + e;
                LOG.log(java.util.logging.Level.WARNING, "daily job " + job + " of " + day + " failed", e);
            }
            runs.finish(job, day, NODE, clock.instant(), outcome.substring(0, Math.min(outcome.length(), 500)));
        }
        if (!done.isEmpty()) {
            LOG.info(() -> "daily jobs of " + day + " run on " + NODE + ": " + done);
        }
        return done;
    }

    /**
     * Claims the job of the day for a node: a new run, or one left unfinished since {@code staleBefore}.
     *
     * @return whether that node got it
     */
    public boolean claim(DailyJob job, LocalDate day, String node, Instant now, Instant staleBefore) {
        return runs.insert(job, day, node, now) || runs.takeOver(job, day, node, now, staleBefore);
    }

    private int run(DailyJob job, LocalDate day) {
        return switch (job) {
            case RECRUITMENT_REMINDERS -> deadlines.sendReminders(day);
            case PERSONAL_DATA_ERASURE -> deadlines.erasePersonalData(day);
            case VACANCY_WATCH -> vacancies.suspendExpired(day);
            case REPORT_REMINDERS -> reports.sendReminders(day);
            case PROCEDURE_DEADLINES -> procedures.tellManagers(day);
            case MAIL_DIGEST -> digests.sendDigests(day);
        };
    }
}
