package fr.ctgportal.ejb.jobs;

import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.post.VacancyWatch;
import fr.ctgportal.ejb.recruitment.RecruitmentDeadlines;
import fr.ctgportal.ejb.report.ReportDeadlines;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every morning: reminders of the Caf's due dates on recruitment files, erasure of expired personal
 * data, suspension of the funding of posts vacant beyond the grace period, reminders of the annual
 * reports. Each item is handled in its own transaction by the beans called. It lives outside
 * {@code ejb.platform} because it calls the features: the platform depends on none of them.
 */
@Singleton
@Interceptors(DomainRules.class)
public class DailyJobs {

    private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());

    @Inject
    private RecruitmentDeadlines deadlines;

    @Inject
    private VacancyWatch vacancies;

    @Inject
    private ReportDeadlines reports;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Paris", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        LocalDate today = LocalDate.now(clock);
        int reminders = deadlines.sendReminders(today);
        int erased = deadlines.erasePersonalData(today);
        int suspended = vacancies.suspendExpired(today);
        int reportReminders = reports.sendReminders(today);
        LOG.info(() -> "daily jobs: " + reminders + " reminder(s), " + erased + " file(s) erased, " + suspended
                + " funding(s) suspended, " + reportReminders + " report reminder(s)");
    }
}
