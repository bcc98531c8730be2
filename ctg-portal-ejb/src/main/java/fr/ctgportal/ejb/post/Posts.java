package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * The cooperation posts (repository of the {@link CooperationPost} aggregate), with their territory
 * and employer fetched: the scope-aware finders every use case lists posts through.
 */
@ApplicationScoped
public class Posts {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return the posts these authorities employ, by territory name then id; none for no authority */
    public List<CooperationPost> ofAuthorities(Collection<Long> authorityIds) {
        return authorityIds.isEmpty() ? List.of() : em.createNamedQuery("CooperationPost.ofAuthorities",
                CooperationPost.class).setParameter("ids", authorityIds).getResultList();
    }

    /** @return the posts of these territories, by id; none for no territory */
    public List<CooperationPost> inTerritories(Collection<Long> territoryIds) {
        return territoryIds.isEmpty() ? List.of() : em.createNamedQuery("CooperationPost.inTerritories",
                CooperationPost.class).setParameter("ids", territoryIds).getResultList();
    }

    /**
     * @return the posts of the Caf side of the scope (every post for a manager, the portfolio's for an
     *         advisor), by id; an authority membership adds none
     */
    public List<CooperationPost> ofCaf(Scope scope) {
        return scope.all() ? em.createNamedQuery("CooperationPost.all", CooperationPost.class).getResultList()
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

    /** @return the ids of the vacant posts whose funding is not suspended yet */
    public List<Long> vacantAndFunded() {
        return em.createNamedQuery("CooperationPost.vacantAndFunded", Long.class).getResultList();
    }
}
