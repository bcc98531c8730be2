package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The posts of the territories a Caf user follows (all of them for a manager), with their territory and employer. */
@ApplicationScoped
public class CafPosts {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return the posts in the Caf side of the scope, by id; none when the scope has no territory */
    public List<CooperationPost> of(Scope scope) {
        if (!scope.all() && scope.territoryIds().isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select p from CooperationPost p join fetch p.territory join fetch p.employer"
                + (scope.all() ? "" : " where p.territory.id in :ids") + " order by p.id", CooperationPost.class);
        if (!scope.all()) {
            query.setParameter("ids", scope.territoryIds());
        }
        return query.getResultList();
    }
}
