package fr.ctgportal.ejb.funding;

import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.platform.PagedQuery;
import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.funding.PostFundingDecision;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The Caf's funding decisions (repository of the {@link PostFundingDecision} aggregate). */
@ApplicationScoped
public class FundingDecisions extends Repository<PostFundingDecision> {

    /** @return the post's decisions, newest year first */
    public List<PostFundingDecision> ofPost(CooperationPost post) {
        return em.createNamedQuery("PostFundingDecision.ofPost", PostFundingDecision.class).setParameter("post", post)
                .getResultList();
    }

    /** @return whether the post has a decision of that year prepared or approved (not sent back) */
    public boolean yearTaken(CooperationPost post, int year) {
        return !em.createNamedQuery("PostFundingDecision.standingOfPostAndYear", Long.class).setParameter("post", post)
                .setParameter("year", year).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * One page of the decisions of the Caf side of the scope (every territory for a manager, the
     * portfolio for an advisor), with their post, territory and employer.
     * <p>
     * Sort fields: {@code territoryName} (default), {@code postTitle}, {@code employerName}, {@code year},
     * {@code status}, {@code cafFunding}, {@code preparedAt}. Filters: {@code year}, {@code status}
     * ({@link DecisionStatus} name), {@code territory} (id), {@code post} (id), {@code counted}
     * ({@code true}: approved and counted in the year's totals, the post's funding not ended by then);
     * the global search looks in the post's title, reference and holder, the employer and the territory.
     */
    public Page<PostFundingDecision> page(Scope scope, PageRequest request) {
        return PagedQuery.of(em, PostFundingDecision.class).fetch("post.territory", "post.employer")
                .batch("findings", "steps", "parameters")
                .where((cb, d) -> List.of(scope.asCondition(cb, null, d.get("post").get("territory").get("id"))))
                .filter("year", PagedQuery.equalsNumber((cb, d) -> d.get("year")))
                .filter("status", PagedQuery.equalsEnum(DecisionStatus.class, (cb, d) -> d.get("status")))
                .filter("territory", PagedQuery.equalsNumber((cb, d) -> d.get("post").get("territory").get("id")))
                .filter("post", PagedQuery.equalsNumber((cb, d) -> d.get("post").get("id")))
                .filter("counted", (cb, d, value) -> {
                    Path<LocalDate> ended = d.get("post").get("fundingEndedOn");
                    return cb.and(cb.equal(d.get("status"), DecisionStatus.APPROVED), cb.or(cb.isNull(ended),
                            cb.gt(cb.function("YEAR", Integer.class, ended), d.get("year"))));
                })
                .search((cb, d) -> d.get("post").get("title"), (cb, d) -> d.get("post").get("cafReference"),
                        (cb, d) -> d.get("post").get("holderName"),
                        (cb, d) -> d.get("post").get("employer").get("name"),
                        (cb, d) -> d.get("post").get("territory").get("name"))
                .sort("territoryName", (cb, d) -> d.get("post").get("territory").get("name"))
                .sort("postTitle", (cb, d) -> d.get("post").get("title"))
                .sort("employerName", (cb, d) -> d.get("post").get("employer").get("name"))
                .sort("year", (cb, d) -> d.get("year"))
                .sort("status", (cb, d) -> d.get("status"))
                .sort("cafFunding", (cb, d) -> d.get("cafFunding"))
                .sort("preparedAt", (cb, d) -> d.get("prepared").get("at"))
                .page(request);
    }

    /**
     * The approved funding of a year per territory of the Caf side of the scope, summed by the
     * database; a post whose funding a compliance procedure ended leaves the totals from the year it
     * ended.
     *
     * @return per territory, by name: territory name, number of decisions, Caf funding (euros a year),
     *         cooperation FTE
     */
    public List<Object[]> approvedTotals(Scope scope, int year) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<PostFundingDecision> d = q.from(PostFundingDecision.class);
        Join<Object, Object> post = d.join("post");
        Join<Object, Object> territory = post.join("territory");
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(d.get("year"), year),
                cb.equal(d.get("status"), DecisionStatus.APPROVED),
                cb.or(cb.isNull(post.get("fundingEndedOn")),
                        cb.greaterThanOrEqualTo(post.<LocalDate>get("fundingEndedOn"), LocalDate.of(year + 1, 1, 1)))));
        where.add(scope.asCondition(cb, null, territory.get("id")));
        q.multiselect(territory.get("name"), cb.count(d), cb.sum(d.<BigDecimal>get("cafFunding")),
                cb.sum(d.<BigDecimal>get("cooperationFte"))).where(where.toArray(Predicate[]::new))
                .groupBy(territory.get("id"), territory.get("name")).orderBy(cb.asc(territory.get("name")));
        return em.createQuery(q).getResultList();
    }

    /**
     * @return what the compliance plan needs of these posts' approved decisions, one row each:
     *         post id, year, decision id, Caf funding (euros a year), phase
     */
    public List<Object[]> approvedOfPosts(Collection<CooperationPost> posts) {
        return posts.isEmpty()
                ? List.of()
                : em.createNamedQuery("PostFundingDecision.approvedOfPosts", Object[].class)
                        .setParameter("posts", posts).getResultList();
    }

    /**
     * The work-queue rows of the decisions in that status from that year on, on posts of these
     * authorities or in these territories (never empty: pass an id that matches nothing). Each row: the item's id, the post's id, Caf reference, title, holder and employer's name, then
     * the year, when it was prepared and when it was decided (null until then).
     */
    public List<Object[]> workWithStatus(fr.ctgportal.model.funding.DecisionStatus status, int fromYear,
            java.util.Collection<Long> authorities, java.util.Collection<Long> territories) {
        return em.createNamedQuery("PostFundingDecision.workWithStatus", Object[].class).setParameter("status", status)
                .setParameter("fromYear", fromYear).setParameter("authorities", authorities)
                .setParameter("territories", territories).getResultList();
    }
}
