package fr.ctgportal.ejb.jobs;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.jobs.DailyJob;
import fr.ctgportal.model.jobs.JobRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The claims of the daily jobs ({@link JobRun}): each claim and each end in a transaction of its own,
 * committed at once, so that the other nodes see it while the job runs.
 */
@ApplicationScoped
public class JobRuns extends Repository<JobRun> {

    /**
     * Claims the job for the day: inserts its run, or takes over a run left unfinished by a node since
     * {@code staleBefore} (it died mid-run).
     *
     * @return whether this node got it (false: another node runs it or ran it)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(DailyJob job, LocalDate day, String node, Instant now, Instant staleBefore) {
        int inserted = em.createNamedQuery("JobRun.claim").setParameter(1, job.name()).setParameter(2, day)
                .setParameter(3, node).setParameter(4, Timestamp.from(now)).executeUpdate();
        return inserted == 1 || em.createNamedQuery("JobRun.takeOver").setParameter(1, job.name())
                .setParameter(2, day).setParameter(3, node).setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(staleBefore)).executeUpdate() == 1;
    }

    /** Records that this node finished the job of the day, with what it did (for the operators). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(DailyJob job, LocalDate day, String node, Instant at, String outcome) {
        em.createNamedQuery("JobRun.finish").setParameter("at", at).setParameter("outcome", outcome)
                .setParameter("job", job).setParameter("day", day).setParameter("node", node).executeUpdate();
    }

    /** @return the runs of that day, by job */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<JobRun> ofDay(LocalDate day) {
        return em.createNamedQuery("JobRun.ofDay", JobRun.class).setParameter("day", day).getResultList();
    }
}
