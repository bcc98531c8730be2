package fr.ctgportal.ejb.report;

import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The evaluations of the posts, through the named queries of {@link Evaluation}. */
@ApplicationScoped
public class Evaluations {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** Stores a new evaluation and gives it its id. */
    public void add(Evaluation evaluation) {
        em.persist(evaluation);
        em.flush();
    }

    /** @return the post's evaluations, newest first */
    public List<Evaluation> ofPost(CooperationPost post) {
        return em.createNamedQuery("Evaluation.ofPost", Evaluation.class).setParameter("post", post).getResultList();
    }
}
