package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The steps of the daily report reminders ({@link ReportDeadlines}), each in its own transaction. */
@ApplicationScoped
public class ReportDeadlineSteps {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Notifications notifications;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> postsWithOfficer() {
        return em.createQuery("select p.id from CooperationPost p where p.officerUsername is not null", Long.class)
                .getResultList();
    }

    /** Sends the reminder unless the report was sent or the reminder already went out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean remind(long postId, int year, String kind, LocalDate due) {
        CooperationPost post = em.find(CooperationPost.class, postId);
        List<AnnualReport> report = em.createQuery("select r from AnnualReport r where r.post = :p and r.year = :y",
                AnnualReport.class).setParameter("p", post).setParameter("y", year).getResultList();
        boolean sentToCaf = !report.isEmpty() && !report.get(0).getStatus().editable();
        int inserted = sentToCaf ? 0 : em.createNativeQuery("insert ignore into report_reminder (post_id, report_year, kind, "
                + "sent_at) values (?, ?, ?, ?)").setParameter(1, postId).setParameter(2, year).setParameter(3, kind)
                .setParameter(4, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        notifications.toAuthority(post.getEmployer(), "report.reminder." + kind.toLowerCase(java.util.Locale.ROOT),
                "/collectivite/rapports/index.xhtml", post.getTitle(), post.getEmployer().getName(), String.valueOf(year),
                DoctrineFormats.date(due));
        return true;
    }
}
