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
     * Claims the job for the day if nobody did: inserts its run. Its own transaction, committed at once:
     * the shared lock that a duplicate leaves must be gone before {@link #takeOver} asks for the row
     * (in one transaction, that upgrade deadlocked with the claiming node's {@link #finish}).
     *
     * @return whether this node got it (false: a run of that job and day exists)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insert(DailyJob job, LocalDate day, String node, Instant now) {
        return em.createNamedQuery("JobRun.claim").setParameter(1, job.name()).setParameter(2, day)
                .setParameter(3, node).setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
    }

    /**
     * Takes over a run of the job and day left unfinished by a node since {@code staleBefore} (it died
     * mid-run).
     *
     * @return whether this node got it (false: the run is finished, or recent)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(DailyJob job, LocalDate day, String node, Instant now, Instant staleBefore) {
        return em.createNamedQuery("JobRun.takeOver").setParameter(1, job.name()).setParameter(2, day)
                .setParameter(3, node).setParameter(4, Timestamp.from(now))
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
