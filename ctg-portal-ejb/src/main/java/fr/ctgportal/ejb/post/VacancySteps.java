package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.VacancyGrace;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The steps of the daily watch on vacant posts ({@link VacancyWatch}), each in its own transaction. */
@ApplicationScoped
public class VacancySteps {

    /** Who the trail says acted: the portal itself. */
    private static final Caller SYSTEM = new Caller(Texts.text("audit.dailyJobActor"), Set.of());

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Posts posts;

    @Inject
    private Records records;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    /** The filled posts whose announced departure day has come. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> departuresDue(LocalDate today) {
        return posts.departuresDue(today);
    }

    /**
     * The day of an announced departure has come: the post becomes vacant (its grace period already
     * runs from that day, which the Caf was told when the departure was announced).
     *
     * @return whether the post became vacant
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean startIfDue(long postId, LocalDate today) {
        CooperationPost post = em.find(CooperationPost.class, postId);
        if (post == null) {
            return false;
        }
        records.lock(post);
        String holder = post.getHolderName();
        if (!post.startAnnouncedVacancy(today)) {
            return false;
        }
        audit.record(SYSTEM, AuditAction.VACANCY_STARTED, post, Texts.text("audit.vacancyStarted",
                Texts.label("vacancy", post.getVacancyCause()), String.valueOf(holder),
                DoctrineFormats.date(post.getVacantSince())), null);
        return true;
    }

    /** The vacant posts whose funding is not suspended yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> vacantAndFunded() {
        return posts.vacantAndFunded();
    }

    /**
     * Suspends the funding of a post vacant beyond the doctrine's grace period (a replacement makes
     * it filled again, so it is no longer vacant), and tells both sides.
     *
     * @return whether the funding was suspended
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean suspendIfExpired(long postId, LocalDate today) {
        CooperationPost post = em.find(CooperationPost.class, postId);
        if (post == null) {
            return false;
        }
        records.lock(post); // two watches at once: the second one sees the first one's suspension
        LocalDate since = post.getVacantSince();
        if (post.getStatus() != PostStatus.VACANT || since == null) {
            return false;
        }
        int months = doctrine.vacancyGraceMonths(since);
        if (!post.suspendFundingIfGraceOver(today, months)) {
            return false;
        }
        audit.record(SYSTEM, AuditAction.FUNDING_SUSPENDED, post, Texts.text("audit.fundingSuspended",
                DoctrineFormats.date(since), DoctrineFormats.date(VacancyGrace.lastFundedDay(since, months))),
                Texts.text("audit.noReplacement"));
        Object[] args = {Notifications.post(post), post.getEmployer().getName(), DoctrineFormats.date(since)};
        notifications.toAuthority(post.getEmployer(), "vacancy.suspended", Links.post(Side.AUTHORITY, postId), args);
        notifications.toCaf(post.getTerritory(), "vacancy.suspended", Links.post(Side.CAF, postId), args);
        return true;
    }
}
