package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The evaluations of the posts, through the named queries of {@link Evaluation}. */
@ApplicationScoped
public class Evaluations extends Repository<Evaluation> {

    /** @return the ids of those of these posts that have an evaluation */
    public Set<Long> postIdsAmong(Collection<CooperationPost> posts) {
        return posts.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createNamedQuery("Evaluation.postIdsAmong", Long.class)
                        .setParameter("posts", posts).getResultList());
    }

    /** @return the annual evaluation of the post's report of that year (the latest), or null */
    public Evaluation annualOf(CooperationPost post, int year) {
        return em.createNamedQuery("Evaluation.annualOfPostAndYear", Evaluation.class).setParameter("post", post)
                .setParameter("year", year).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** @return the post's evaluations, newest first */
    public List<Evaluation> ofPost(CooperationPost post) {
        return em.createNamedQuery("Evaluation.ofPost", Evaluation.class).setParameter("post", post).getResultList();
    }
}
