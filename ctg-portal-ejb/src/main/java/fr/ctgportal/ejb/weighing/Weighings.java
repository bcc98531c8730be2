package fr.ctgportal.ejb.weighing;

import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.weighing.Weighing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The weighings of the posts (repository of the {@link Weighing} aggregate). */
@ApplicationScoped
public class Weighings {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return every version of the post's weighing, newest first */
    public List<Weighing> ofPost(CooperationPost post) {
        return em.createNamedQuery("Weighing.ofPost", Weighing.class).setParameter("post", post).getResultList();
    }

    /** @return the version being negotiated, if any (there is at most one) */
    public Optional<Weighing> negotiating(CooperationPost post) {
        return ofPost(post).stream().filter(Weighing::isNegotiating).findFirst();
    }

    /** @return the post's agreed version, if any (there is at most one: the others are superseded) */
    public Optional<Weighing> agreed(CooperationPost post) {
        return em.createNamedQuery("Weighing.agreedOfPost", Weighing.class).setParameter("post", post)
                .getResultStream().findFirst();
    }

    /** Saves a new version, whose id is known on return. */
    public void add(Weighing weighing) {
        em.persist(weighing);
        em.flush();
    }
}
