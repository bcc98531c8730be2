package fr.ctgportal.ejb.jobs;

import fr.ctgportal.ejb.platform.DomainRules;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every morning at 7:00 (Paris time): reminders of the Caf's due dates on recruitment files, erasure
 * of expired personal data, suspension of the funding of posts vacant beyond the grace period,
 * reminders of the annual reports ({@link DailyRun}, once for the cluster). Every quarter of an hour,
 * the jobs of the day not run yet are caught up (all nodes down at 7:00). The timers are this node's own (non-persistent): every node has them, and the claim in
 * the database decides which node runs a job. It lives outside {@code ejb.platform} because it calls
 * the features: the platform depends on none of them.
 *
 * <p>{@code ctg.daily-jobs} ({@code CTG_DAILY_JOBS}, default true) false turns the timers off: the
 * integration tests run the jobs themselves, on chosen days, against shared demo data.
 */
@Singleton
@Interceptors(DomainRules.class)
public class DailyJobs {

    @Inject
    private DailyRun daily;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ctg.daily-jobs", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Paris", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        runDue();
    }

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void catchUp() {
        runDue();
    }

    private void runDue() {
        if (enabled) {
            daily.runDue(ZonedDateTime.now(clock));
        }
    }
}
