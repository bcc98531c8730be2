package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
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
        Map<String, AnnualReport> reports = em.createQuery("select r from AnnualReport r where r.post in :posts "
                        + "and r.year in :years", AnnualReport.class).setParameter("posts", posts)
                .setParameter("years", years).getResultList().stream()
                .collect(Collectors.toMap(r -> r.getPost().getId() + "/" + r.getYear(), r -> r));
        LocalDate today = PortalDoctrine.today();
        List<ReportSummary> lines = new ArrayList<>();
        for (int year : years.stream().sorted(java.util.Comparator.reverseOrder()).toList()) {
            for (CooperationPost p : posts) {
                AnnualReport r = reports.get(p.getId() + "/" + year);
                LocalDate due = r == null ? settings.dueDate(year) : r.getDueDate();
                lines.add(new ReportSummary(r == null ? null : r.getId(), p.getId(), p.getTitle(), p.getEmployer().getName(),
                        p.getTerritory().getName(), p.getOfficerUsername(), year, r == null ? null : r.getStatus(), due,
                        r == null ? today.isAfter(due) : r.lateOn(today)));
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
