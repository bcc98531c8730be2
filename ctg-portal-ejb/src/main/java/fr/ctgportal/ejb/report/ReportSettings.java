package fr.ctgportal.ejb.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.MonthDay;
import org.eclipse.microprofile.config.Config;

/**
 * When a year's report is due and when its reminder goes: a report goes with the financial data the
 * authority sends the Caf, by default on 30 June of the following year. Set by configuration
 * ({@code ctg.report.*}, environment {@code CTG_REPORT_*}), like {@code RecruitmentSettings}.
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    private Config config;

    /**
     * @param year the year the report is about
     * @return its due date: the month-day {@code due} ({@code --MM-dd}, {@code --06-30}) of the following year
     */
    public LocalDate dueDate(int year) {
        return MonthDay.parse(config.getOptionalValue("ctg.report.due", String.class).orElse("--06-30"))
                .atYear(year + 1);
    }

    /** @return how many days before the due date the first reminder goes ({@code reminder-days}, 15) */
    public int reminderDays() {
        return config.getOptionalValue("ctg.report.reminder-days", Integer.class).orElse(15);
    }
}
