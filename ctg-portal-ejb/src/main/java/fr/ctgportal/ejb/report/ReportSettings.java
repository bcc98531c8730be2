package fr.ctgportal.ejb.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.MonthDay;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a year's report is due: it goes with the financial data the authority sends the Caf, by
 * default on 30 June of the following year ({@code ctg.report.due}, month-day {@code --MM-dd}).
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    @ConfigProperty(name = "ctg.report.due", defaultValue = "--06-30")
    String due;

    @Inject
    @ConfigProperty(name = "ctg.report.reminder-days", defaultValue = "15")
    int reminderDays;

    public LocalDate dueDate(int year) {
        return MonthDay.parse(due).atYear(year + 1);
    }

    public int reminderDays() {
        return reminderDays;
    }
}
