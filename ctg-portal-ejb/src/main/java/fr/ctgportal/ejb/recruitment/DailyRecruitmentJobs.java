package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every morning: reminders of the Caf's due dates and erasure of expired personal data. */
@Singleton
public class DailyRecruitmentJobs {

    private static final Logger LOG = Logger.getLogger(DailyRecruitmentJobs.class.getName());

    @Inject
    private RecruitmentDeadlines deadlines;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Paris", persistent = false)
    void everyMorning() {
        int reminders = deadlines.sendReminders(PortalDoctrine.today());
        int erased = deadlines.erasePersonalData(PortalDoctrine.today());
        LOG.info(() -> "daily recruitment jobs: " + reminders + " reminder(s), " + erased + " file(s) erased");
    }
}
