package fr.ctgportal.ejb.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The portal's own working rules for recruitment files (not doctrine figures): how long the Caf
 * has to answer, when reminders go, how long candidates' data are kept. Set by configuration
 * ({@code ctg.recruitment.*}, environment {@code CTG_RECRUITMENT_*}).
 */
@ApplicationScoped
public class RecruitmentSettings {

    @Inject
    private Config config;

    /** Days the Caf has to review a submitted job description ({@code review-days}, 15). */
    public int reviewDays() {
        return setting("review-days", 15);
    }
    /** Days the Caf has to give its opinion on a proposed candidate ({@code opinion-days}, 15). */
    public int opinionDays() {
        return setting("opinion-days", 15);
    }
    /** How many days before the due date the first reminder goes ({@code reminder-days-before}, 3). */
    public int reminderDaysBefore() {
        return setting("reminder-days-before", 3);
    }
    /** Months after a file is closed before candidates' personal data are erased ({@code retention-months}, 12). */
    public int retentionMonths() {
        return setting("retention-months", 12);
    }

    private int setting(String name, int byDefault) {
        return config.getOptionalValue("ctg.recruitment." + name, Integer.class).orElse(byDefault);
    }
}
