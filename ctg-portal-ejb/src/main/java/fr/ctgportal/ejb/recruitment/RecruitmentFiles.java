package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.platform.PagedQuery;
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

    /**
     * One page of the files the scope covers (its authorities' files, its territories', or all).
     * <p>
     * Sort fields: {@code dueDate} (default: the Caf's due date, undated last, then the newest), {@code title},
     * {@code authorityName}, {@code stage}, {@code openedAt}. Filters: {@code stage} ({@code open} by
     * default: completed and abandoned files left out; {@code closed}: those only; {@code all}; or a
     * {@link RecruitmentStage} name), {@code kind}, {@code late} ({@code true}: due date
     * passed on {@code today}), {@code territory} (id), {@code id}; the global search looks in the title,
     * the authority and the territory.
     */
    public Page<RecruitmentFile> page(Scope scope, PageRequest request, LocalDate today) {
        return PagedQuery.of(em, RecruitmentFile.class).fetch("authority", "territory")
                .where((cb, f) -> List.of(scope.asCondition(cb, f.get("authority").get("id"),
                        f.get("territory").get("id"))))
                .filter("stage", "open", (cb, f, value) -> switch (value) {
                    case "open" -> cb.not(f.get("stage").in(CLOSED));
                    case "closed" -> f.get("stage").in(CLOSED);
                    default -> PagedQuery.<RecruitmentFile, RecruitmentStage>equalsEnum(RecruitmentStage.class,
                            (b, r) -> r.get("stage")).of(cb, f, value);
                })
                .filter("kind", PagedQuery.equalsEnum(RecruitmentKind.class, (cb, f) -> f.get("kind")))
                .filter("late", (cb, f, value) -> "true".equals(value)
                        ? cb.lessThan(f.<LocalDate>get("dueDate"), today)
                        : cb.conjunction())
                .filter("territory", PagedQuery.equalsNumber((cb, f) -> f.get("territory").get("id")))
                .filter("id", PagedQuery.equalsNumber((cb, f) -> f.get("id")))
                .search((cb, f) -> f.get("title"), (cb, f) -> f.get("authority").get("name"),
                        (cb, f) -> f.get("territory").get("name"))
                .sortOn("dueDate", (cb, f, descending) -> List.of(
                        cb.asc(cb.selectCase().when(cb.isNull(f.get("dueDate")), 1).otherwise(0)),
                        descending ? cb.desc(f.get("dueDate")) : cb.asc(f.get("dueDate")),
                        cb.desc(f.get("opened").get("at"))))
                .sort("title", (cb, f) -> f.get("title"))
                .sort("authorityName", (cb, f) -> f.get("authority").get("name"))
                .sort("stage", (cb, f) -> f.get("stage"))
                .sort("openedAt", (cb, f) -> f.get("opened").get("at"))
                .page(request);
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
