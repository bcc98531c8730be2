package fr.ctgportal.ejb.report;

import fr.ctgportal.model.report.ReportStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A post's report for a year in a list; {@code reportId} and {@code status} are null while the
 * officer has not opened it ("non commencé").
 *
 * @param officer the officer who wrote the report once opened (the post's history), else the post's
 *                officer today; null for a post without officer account
 */
public record ReportSummary(Long reportId, long postId, String postTitle, String employerName, String territoryName,
        String officer, int year, ReportStatus status, LocalDate dueDate, boolean late)
        implements
            Serializable {
}
