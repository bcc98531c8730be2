package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The recruitment files, through the named queries declared on {@link RecruitmentFile}: the finders
 * the use cases need, scoped to what the caller sees. Loading a file for a change goes through
 * {@code Records}.
 */
@ApplicationScoped
public class RecruitmentFiles extends Repository<RecruitmentFile> {

    private static final List<RecruitmentStage> CLOSED = List.of(RecruitmentStage.COMPLETED,
            RecruitmentStage.ABANDONED);
    private static final List<RecruitmentStage> AWAITING_CAF = List.of(RecruitmentStage.DESCRIPTION_SUBMITTED,
            RecruitmentStage.CANDIDATE_PROPOSED);

    /** Writes the pending changes, so that the file's new parts get their ids. */
    public void flush() {
        em.flush();
    }

    /** @return whether the post has a file that is not closed */
    public boolean openFor(CooperationPost post) {
        return !em.createNamedQuery("RecruitmentFile.openForPost", Long.class).setParameter("post", post)
                .setParameter("closed", CLOSED).setMaxResults(1).getResultList().isEmpty();
    }

    /** @return whether the authority has an open file for a new post of this title */
    public boolean openForNewPost(Authority authority, String title) {
        return !em.createNamedQuery("RecruitmentFile.openForNewPost", Long.class).setParameter("authority", authority)
                .setParameter("kind", RecruitmentKind.NEW_POST).setParameter("title", title)
                .setParameter("closed", CLOSED).setMaxResults(1).getResultList().isEmpty();
    }

    /** @return the files the scope sees: all of them, or those of its authorities and territories */
    public List<RecruitmentFile> inScope(Scope scope) {
        if (scope.all()) {
            return em.createNamedQuery("RecruitmentFile.all", RecruitmentFile.class).getResultList();
        }
        if (scope.authorityIds().isEmpty() && scope.territoryIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("RecruitmentFile.ofAuthoritiesOrInTerritories", RecruitmentFile.class)
                .setParameter("authorities", orNone(scope.authorityIds()))
                .setParameter("territories", orNone(scope.territoryIds())).getResultList();
    }

    /** @return the ids of the files waiting for the Caf's answer */
    public List<Long> awaitingCaf() {
        return em.createNamedQuery("RecruitmentFile.awaitingCaf", Long.class).setParameter("stages", AWAITING_CAF)
                .getResultList();
    }

    /** @return the ids of the files closed before that instant whose personal data are still kept */
    public List<Long> closedBefore(Instant before) {
        return em.createNamedQuery("RecruitmentFile.pastRetention", Long.class).setParameter("before", before)
                .getResultList();
    }

    /**
     * Marks that the Caf was reminded of this due date, without changing the file's version: nobody
     * editing it is disturbed.
     */
    public void markReminded(RecruitmentFile file, RecruitmentFile.Reminder reminder, LocalDate due) {
        String query = reminder == RecruitmentFile.Reminder.DUE
                ? "RecruitmentFile.markReminderDue"
                : "RecruitmentFile.markReminderBefore";
        em.createNamedQuery(query).setParameter(1, due).setParameter(2, file.getId()).executeUpdate();
    }

    private static Collection<Long> orNone(Set<Long> ids) {
        // An empty IN () is invalid SQL: -1 matches no row.
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }

    /**
     * The work-queue rows of the files at these stages, of these authorities or in these territories
     * (never empty: pass an id that matches nothing). Each row: the item's id, the post's id, Caf reference, title, holder and employer's name, then
     * the due date and the stage; the post's columns are null for a new post.
     */
    public List<Object[]> workAtStages(Collection<RecruitmentStage> stages, Collection<Long> authorities,
            Collection<Long> territories) {
        return em.createNamedQuery("RecruitmentFile.workAtStages", Object[].class).setParameter("stages", stages)
                .setParameter("authorities", authorities).setParameter("territories", territories).getResultList();
    }

    /**
     * The work-queue rows of the opinions not countersigned yet in these territories (never empty), with
     * when and by whom each was given (the last two columns).
     */
    public List<Object[]> opinionsNotCountersigned(Collection<Long> territories) {
        List<RecruitmentStage> stages = java.util.Arrays.stream(RecruitmentStage.values())
                .filter(fr.ctgportal.model.recruitment.RecruitmentAction.COUNTERSIGN::allowedAt).toList();
        return em.createNamedQuery("RecruitmentFile.opinionsNotCountersigned", Object[].class)
                .setParameter("stages", stages).setParameter("territories", territories).getResultList();
    }
}
