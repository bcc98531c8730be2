package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.ReportStatus;
import fr.ctgportal.model.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The annual reports and the posts that report, through the named queries of {@link AnnualReport}.
 * Finders take the caller's scope (an officer, authorities, the Caf's posts) already resolved.
 */
@ApplicationScoped
public class AnnualReports extends Repository<AnnualReport> {

    @Inject
    private ReportSettings settings;

    /** @return whether the post's report of this year is already opened */
    public boolean opened(CooperationPost post, int year) {
        return ofPostAndYear(post, year) != null;
    }

    /** @return the post's report of this year, or null while it is not opened */
    public AnnualReport ofPostAndYear(CooperationPost post, int year) {
        return em.createNamedQuery("AnnualReport.ofPostAndYear", AnnualReport.class).setParameter("post", post)
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
    }

    /**
     * One line per post and year, newest year first: its report if opened, else the report still to
     * open for a post that owes one ({@link AnnualReport#expectedOf}: funded that year, with an
     * officer today or not). The officer of an opened report is the one who wrote it. Two queries
     * whatever the number of posts: the posts are given with their territory and employer, and the
     * reports' lines are read at once.
     *
     * @param today the date of the day (Paris), for the late ones
     */
    public List<ReportSummary> lines(Collection<CooperationPost> posts, List<Integer> years, LocalDate today) {
        if (posts.isEmpty()) {
            return List.of();
        }
        // Only what a line shows, in one query (the reports' answers are not needed here).
        Map<String, Object[]> reports = em.createNamedQuery("AnnualReport.linesOfPosts", Object[].class)
                .setParameter("posts", posts).setParameter("years", years).getResultList().stream()
                .collect(Collectors.toMap(r -> r[0] + "/" + r[1], r -> r));
        List<ReportSummary> lines = new ArrayList<>();
        for (int year : years.stream().sorted(Comparator.reverseOrder()).toList()) {
            for (CooperationPost p : posts) {
                Object[] r = reports.get(p.getId() + "/" + year);
                if (r == null && !AnnualReport.expectedOf(p, year)) {
                    continue;
                }
                ReportStatus status = r == null ? null : (ReportStatus) r[3];
                LocalDate due = r == null ? settings.dueDate(year) : (LocalDate) r[4];
                lines.add(new ReportSummary(r == null ? null : (Long) r[2], p.getId(), p.getTitle(),
                        p.getEmployer().getName(), p.getTerritory().getName(),
                        r == null ? p.getOfficerUsername() : (String) r[5], year, status, due,
                        status == null ? today.isAfter(due) : AnnualReport.late(status, due, today)));
            }
        }
        return lines;
    }

    /** @return the reports of these posts for a year that were sent to the Caf, with their answers, by territory and post */
    public List<AnnualReport> sentOfPostsInYear(Collection<CooperationPost> posts, int year) {
        if (posts.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("AnnualReport.sentOfPostsInYear", AnnualReport.class).setParameter("posts", posts)
                .setParameter("year", year).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.answers").getResultList();
    }

    /** @return the reports of a territory's posts that the Caf received or accepted, oldest year first */
    public List<AnnualReport> submittedOrAcceptedInTerritory(Territory territory) {
        return em.createNamedQuery("AnnualReport.inTerritoryWithStatus", AnnualReport.class)
                .setParameter("territory", territory)
                .setParameter("statuses", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).getResultList();
    }

    /** @return the ids of the posts whose report of that year is opened and still with its writer */
    public List<Long> postIdsWithEditableReport(int year) {
        return em.createNamedQuery("AnnualReport.postIdsWithStatusInYear", Long.class).setParameter("year", year)
                .setParameter("statuses", List.of(ReportStatus.DRAFT, ReportStatus.TO_COMPLETE)).getResultList();
    }

    /**
     * Notes that a reminder of a post's report went out, once per post, year and kind.
     *
     * @return false if it was already noted (the reminder is not sent again)
     */
    public boolean noteReminder(long postId, int year, String kind, Instant at) {
        return em.createNamedQuery("AnnualReport.recordReminder").setParameter(1, postId).setParameter(2, year)
                .setParameter(3, kind).setParameter(4, Timestamp.from(at)).executeUpdate() > 0;
    }

    /**
     * The work-queue rows of the reports in these statuses, on posts of these authorities or in these
     * territories (never empty: pass an id that matches nothing). Each row: the item's id, the post's id, Caf reference, title, holder and employer's name, then
     * the due date, the status and the year.
     */
    public List<Object[]> workWithStatus(Collection<ReportStatus> statuses, Collection<Long> authorities,
            Collection<Long> territories) {
        return em.createNamedQuery("AnnualReport.workWithStatus", Object[].class).setParameter("statuses", statuses)
                .setParameter("authorities", authorities).setParameter("territories", territories).getResultList();
    }
}
