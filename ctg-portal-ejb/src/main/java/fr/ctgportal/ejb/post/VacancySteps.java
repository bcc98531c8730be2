package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.VacancyGrace;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The steps of the daily watch on vacant posts ({@link VacancyWatch}), each in its own transaction. */
@ApplicationScoped
public class VacancySteps {

    private static final Caller SYSTEM = new Caller("portail (tâche quotidienne)", Set.of());

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    /** The vacant posts whose funding is not suspended yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> vacantAndFunded() {
        return em.createQuery("select p.id from CooperationPost p where p.status = :vacant and p.vacantSince is not null "
                + "and p.fundingSuspendedOn is null", Long.class).setParameter("vacant", PostStatus.VACANT).getResultList();
    }

    /**
     * Suspends the funding of a post vacant beyond the doctrine's grace period (a replacement makes
     * it filled again, so it is no longer vacant), and tells both sides.
     *
     * @return whether the funding was suspended
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean suspendIfExpired(long postId, LocalDate today) {
        CooperationPost post = em.find(CooperationPost.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null || post.getStatus() != PostStatus.VACANT || post.getFundingSuspendedOn() != null) {
            return false;
        }
        LocalDate since = post.getVacantSince();
        int months = PortalDoctrine.vacancyGraceMonths(since);
        if (VacancyGrace.covers(since, months, today)) {
            return false;
        }
        post.suspendFunding(today);
        audit.record(SYSTEM, "FUNDING_SUSPENDED", "CooperationPost", postId, "vacant depuis le "
                + DoctrineFormats.date(since) + ", financé jusqu’au "
                + DoctrineFormats.date(VacancyGrace.lastFundedDay(since, months)), "aucun remplaçant recruté");
        Object[] args = {post.getTitle(), post.getEmployer().getName(), DoctrineFormats.date(since)};
        notifications.toAuthority(post.getEmployer(), "vacancy.suspended", "/collectivite/poste.xhtml?id=" + postId, args);
        notifications.toCaf(post.getTerritory(), "vacancy.suspended", "/caf/poste.xhtml?id=" + postId, args);
        return true;
    }
}
