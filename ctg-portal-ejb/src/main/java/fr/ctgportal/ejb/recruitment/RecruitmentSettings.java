package fr.ctgportal.ejb.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's own working rules for recruitment files (not doctrine figures): how long the Caf
 * has to answer, when reminders go, how long candidates' data are kept. Set by configuration
 * ({@code ctg.recruitment.*}, environment {@code CTG_RECRUITMENT_*}).
 */
@ApplicationScoped
public class RecruitmentSettings {

    @Inject
    @ConfigProperty(name = "ctg.recruitment.review-days", defaultValue = "15")
    int reviewDays;

    @Inject
    @ConfigProperty(name = "ctg.recruitment.opinion-days", defaultValue = "15")
    int opinionDays;

    @Inject
    @ConfigProperty(name = "ctg.recruitment.reminder-days-before", defaultValue = "3")
    int reminderDaysBefore;

    @Inject
    @ConfigProperty(name = "ctg.recruitment.retention-months", defaultValue = "12")
    int retentionMonths;

    /** Days the Caf has to review a submitted job description. */
    public int reviewDays() { return reviewDays; }
    /** Days the Caf has to give its opinion on a proposed candidate. */
    public int opinionDays() { return opinionDays; }
    /** How many days before the due date the first reminder goes. */
    public int reminderDaysBefore() { return reminderDaysBefore; }
    /** Months after a file is closed before candidates' personal data are erased. */
    public int retentionMonths() { return retentionMonths; }
}
