package fr.ctgportal.ejb.weighing;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.weighing.Weighing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The weighings of the posts (repository of the {@link Weighing} aggregate). */
@ApplicationScoped
public class Weighings extends Repository<Weighing> {

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

    /** @return the post's agreed versions (a new holder's recruitment supersedes them) */
    public List<Weighing> allAgreed(CooperationPost post) {
        return em.createNamedQuery("Weighing.agreedOfPost", Weighing.class).setParameter("post", post).getResultList();
    }

    /** @return the ids of those of these posts that have an agreed weighing */
    public Set<Long> postIdsAgreedAmong(Collection<CooperationPost> posts) {
        return posts.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createNamedQuery("Weighing.postIdsAgreedAmong", Long.class)
                        .setParameter("posts", posts).getResultList());
    }

    /**
     * The work-queue rows of the weighings awaiting that side, on posts of these authorities or in these
     * territories (never empty: pass an id that matches nothing). Each row: the item's id, the post's id, Caf reference, title, holder and employer's name, then
     * the version's number.
     */
    public List<Object[]> workAwaiting(fr.ctgportal.model.shared.Side side, java.util.Collection<Long> authorities,
            java.util.Collection<Long> territories) {
        return em.createNamedQuery("Weighing.workAwaiting", Object[].class).setParameter("side", side)
                .setParameter("authorities", authorities).setParameter("territories", territories).getResultList();
    }
}
