package fr.ctgportal.ejb.funding;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.funding.PostFundingDecision;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.enterprise.context.ApplicationScoped;
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
     * @return every decision of the year with its post, territory and employer; their lines and weighings
     *         come in a few batched queries, not a few per decision
     */
    public List<PostFundingDecision> ofYear(int year) {
        return em.createNamedQuery("PostFundingDecision.ofYear", PostFundingDecision.class).setParameter("year", year)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "d.weighing")
                .setHint("eclipselink.batch", "d.findings").setHint("eclipselink.batch", "d.steps")
                .setHint("eclipselink.batch", "d.parameters").getResultList();
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
