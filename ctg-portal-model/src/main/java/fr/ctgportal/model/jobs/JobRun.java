package fr.ctgportal.model.jobs;

import fr.ctgportal.model.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The run of a daily job for one day, by one node of the cluster: the unique key (job, day) makes it
 * exactly once whichever nodes are up. Every node that wants to run the job inserts the row with
 * {@code INSERT IGNORE}; the database inserts one and ignores the others (a node that comes second
 * waits for the first one's commit, then gets 0 rows), so only the node that inserted runs the job.
 *
 * <p>Chosen over Payara's clustered persistent timers because it needs nothing but the database that
 * is already shared (no timer store, no Hazelcast dependence for correctness), the record says which
 * node ran which job and when, and the same claim serves the catch-up after a day when every node was
 * down. A claim whose node died before finishing (no {@code finished_at}) is taken over after a while
 * ({@code JobRun.takeOver}); every job is safe to run again (each record is handled in its own
 * transaction and marked as done).
 */
@Entity
@Table(name = "job_run")
@NamedNativeQuery(name = "JobRun.claim", query = "insert ignore into job_run (job, run_day, node, started_at) "
        + "values (?1, ?2, ?3, ?4)")
@NamedNativeQuery(name = "JobRun.takeOver", query = "update job_run set node = ?3, started_at = ?4 "
        + "where job = ?1 and run_day = ?2 and finished_at is null and started_at < ?5")
@NamedQuery(name = "JobRun.finish", query = "update JobRun r set r.finishedAt = :at, r.outcome = :outcome "
        + "where r.job = :job and r.day = :day and r.node = :node")
@NamedQuery(name = "JobRun.ofDay", query = "select r from JobRun r where r.day = :day order by r.job")
public class JobRun extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 60)
    private DailyJob job;

    @Column(name = "run_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 500)
    private String outcome;

    protected JobRun() {
        // for JPA; rows are inserted by JobRun.claim
    }

    public DailyJob getJob() { return job; }
    public LocalDate getDay() { return day; }
    public String getNode() { return node; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getOutcome() { return outcome; }
}
