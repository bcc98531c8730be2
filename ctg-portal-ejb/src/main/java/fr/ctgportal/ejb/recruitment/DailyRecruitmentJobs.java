package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every morning: reminders of the Caf's due dates and erasure of expired personal data, each file
 * in its own transaction ({@link RecruitmentDeadlines}).
 */
@Singleton
public class DailyRecruitmentJobs {

    private static final Logger LOG = Logger.getLogger(DailyRecruitmentJobs.class.getName());

    @Inject
    private RecruitmentDeadlines deadlines;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Paris", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning() {
        LocalDate today = PortalDoctrine.today();
        int reminders = deadlines.sendReminders(today);
        int erased = deadlines.erasePersonalData(today);
        LOG.info(() -> "daily recruitment jobs: " + reminders + " reminder(s), " + erased + " file(s) erased");
    }
}
