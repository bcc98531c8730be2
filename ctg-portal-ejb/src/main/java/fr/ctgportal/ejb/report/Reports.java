package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.ReportStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the report services share: the audit's entity name, the lists, the required texts. */
final class Reports {

    static final String ENTITY = "AnnualReport";

    private Reports() {
    }

    /** One line per post and year: its report if opened, else the report still to open. */
    static List<ReportSummary> summaries(EntityManager em, Collection<CooperationPost> posts, List<Integer> years,
                                         ReportSettings settings) {
        if (posts.isEmpty()) {
            return List.of();
        }
        // Only what a line shows, in one query (the reports' answers are not needed here).
        Map<String, Object[]> reports = em.createQuery("select r.post.id, r.year, r.id, r.status, r.dueDate "
                        + "from AnnualReport r where r.post in :posts and r.year in :years", Object[].class)
                .setParameter("posts", posts).setParameter("years", years).getResultList().stream()
                .collect(Collectors.toMap(r -> r[0] + "/" + r[1], r -> r));
        LocalDate today = PortalDoctrine.today();
        List<ReportSummary> lines = new ArrayList<>();
        for (int year : years.stream().sorted(java.util.Comparator.reverseOrder()).toList()) {
            for (CooperationPost p : posts) {
                Object[] r = reports.get(p.getId() + "/" + year);
                ReportStatus status = r == null ? null : (ReportStatus) r[3];
                LocalDate due = r == null ? settings.dueDate(year) : (LocalDate) r[4];
                lines.add(new ReportSummary(r == null ? null : (Long) r[2], p.getId(), p.getTitle(), p.getEmployer().getName(),
                        p.getTerritory().getName(), p.getOfficerUsername(), year, status, due,
                        status == null ? today.isAfter(due) : AnnualReport.late(status, due, today)));
            }
        }
        return lines;
    }

    static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(key);
        }
        if (text.strip().length() > AnnualReportService.MAX_TEXT) {
            throw new InvalidInputException("recruitment.error.textTooLong");
        }
        return text.strip();
    }
}
