package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.platform.PagedQuery;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.time.LocalDate;
import java.util.List;

/**
 * The cooperation posts (repository of the {@link CooperationPost} aggregate), with their territory
 * and employer fetched: the scope-aware finders every use case lists posts through.
 */
@ApplicationScoped
public class Posts {

    private static final List<RecruitmentStage> CLOSED_FILES = Arrays.stream(RecruitmentStage.values())
            .filter(RecruitmentStage::isClosed).toList();

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /**
     * One page of the posts within the scope (employer among its authorities, or territory in its
     * portfolio, or all for a manager), with their territory and employer.
     * <p>
     * Sort fields: {@code reference}, {@code title} (default), {@code territoryName}, {@code employerName},
     * {@code holderName}, {@code status}, {@code employmentFte}, {@code currentFunding}. Filters:
     * {@code territory} (id), {@code employer} (id), {@code status} ({@link PostStatus} name),
     * {@code funding} ({@code current}: funding not ended; {@code ended}); the global search looks in the
     * title, the holder, the reference, the employer and the territory.
     */
    public Page<CooperationPost> page(Scope scope, PageRequest request) {
        return PagedQuery.of(em, CooperationPost.class).fetch("territory", "employer")
                .where((cb, p) -> List.of(scope.asCondition(cb, p.get("employer").get("id"),
                        p.get("territory").get("id"))))
                .filter("territory", PagedQuery.equalsNumber((cb, p) -> p.get("territory").get("id")))
                .filter("employer", PagedQuery.equalsNumber((cb, p) -> p.get("employer").get("id")))
                .filter("status", PagedQuery.equalsEnum(PostStatus.class, (cb, p) -> p.get("status")))
                .filter("funding", (cb, p, value) -> "ended".equals(value)
                        ? cb.isNotNull(p.get("fundingEndedOn"))
                        : cb.isNull(p.get("fundingEndedOn")))
                .search((cb, p) -> p.get("title"), (cb, p) -> p.get("holderName"), (cb, p) -> p.get("cafReference"),
                        (cb, p) -> p.get("employer").get("name"), (cb, p) -> p.get("territory").get("name"))
                .sort("title", (cb, p) -> p.get("title"))
                .sort("reference", (cb, p) -> cb.coalesce(p.get("cafReference"), ""))
                .sort("territoryName", (cb, p) -> p.get("territory").get("name"))
                .sort("employerName", (cb, p) -> p.get("employer").get("name"))
                .sort("holderName", (cb, p) -> p.get("holderName"))
                .sort("status", (cb, p) -> p.get("status"))
                .sort("employmentFte", (cb, p) -> p.get("employmentFte"))
                .sort("currentFunding", (cb, p) -> p.get("currentFunding"))
                .page(request);
    }

    /** @return the posts these authorities employ, by territory name then id; none for no authority */
    public List<CooperationPost> ofAuthorities(Collection<Long> authorityIds) {
        return authorityIds.isEmpty()
                ? List.of()
                : em.createNamedQuery("CooperationPost.ofAuthorities",
                        CooperationPost.class).setParameter("ids", authorityIds).getResultList();
    }

    /** @return the posts of these territories, by id; none for no territory */
    public List<CooperationPost> inTerritories(Collection<Long> territoryIds) {
        return territoryIds.isEmpty()
                ? List.of()
                : em.createNamedQuery("CooperationPost.inTerritories",
                        CooperationPost.class).setParameter("ids", territoryIds).getResultList();
    }

    /**
     * @return the posts of the Caf side of the scope (every post for a manager, the portfolio's for an
     *         advisor), by id; an authority membership adds none
     */
    public List<CooperationPost> ofCaf(Scope scope) {
        return scope.all()
                ? em.createNamedQuery("CooperationPost.all", CooperationPost.class).getResultList()
                : inTerritories(scope.territoryIds());
    }

    /**
     * Writes a changed post now, so that the version a screen gets back is the one the next change sends.
     *
     * @return the same post, at its new version
     */
    public CooperationPost saved(CooperationPost post) {
        em.flush();
        return post;
    }

    /** @return the posts this officer holds, with their territory and employer, by id */
    public List<CooperationPost> ofOfficer(String officer) {
        return em.createNamedQuery("CooperationPost.ofOfficer", CooperationPost.class).setParameter("officer", officer)
                .getResultList();
    }

    /** @return the posts of these authorities that have an officer, with their territory and employer, by id */
    public List<CooperationPost> withOfficerOfAuthorities(Collection<Long> authorityIds) {
        return authorityIds.isEmpty()
                ? List.of()
                : em.createNamedQuery("CooperationPost.withOfficerOfAuthorities",
                        CooperationPost.class).setParameter("ids", authorityIds).getResultList();
    }

    /** @return the ids of every post with an officer (the daily reminders of the reports) */
    public List<Long> idsWithOfficer() {
        return em.createNamedQuery("CooperationPost.idsWithOfficer", Long.class).getResultList();
    }

    /** @return the posts of these authorities without an open (not closed) recruitment file, by title */
    public List<CooperationPost> recruitableOfAuthorities(Collection<Long> authorityIds) {
        return authorityIds.isEmpty()
                ? List.of()
                : em.createNamedQuery("CooperationPost.recruitableOfAuthorities",
                        CooperationPost.class).setParameter("ids", authorityIds).setParameter("closed", CLOSED_FILES)
                        .getResultList();
    }

    /** @return the ids of the filled posts whose announced departure day has come */
    public List<Long> departuresDue(LocalDate today) {
        return em.createNamedQuery("CooperationPost.departuresDue", Long.class).setParameter("today", today)
                .getResultList();
    }

    /** @return the ids of the vacant posts whose funding is not suspended yet */
    public List<Long> vacantAndFunded() {
        return em.createNamedQuery("CooperationPost.vacantAndFunded", Long.class).getResultList();
    }

    /**
     * The work-queue rows of the posts of these territories (never empty) that have an agreed weighing
     * but no decision of that year (none, or only returned ones), still funded. Each row: the item's id, the post's id, Caf reference, title, holder and employer's name.
     */
    public List<Object[]> workToDecide(int year, Collection<Long> territories) {
        return em.createNamedQuery("CooperationPost.workToDecide", Object[].class).setParameter("year", year)
                .setParameter("territories", territories).getResultList();
    }

    /**
     * The work-queue rows of the vacant posts still funded in these territories (never empty); the
     * holder's column is the holder before the vacancy, then the first vacant day.
     */
    public List<Object[]> workVacantFunded(Collection<Long> territories) {
        return em.createNamedQuery("CooperationPost.workVacantFunded", Object[].class)
                .setParameter("territories", territories).getResultList();
    }
}
