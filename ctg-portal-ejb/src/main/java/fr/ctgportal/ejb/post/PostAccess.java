package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * For which side a caller acts on a post: the employer's HR for the authority, the advisors of the
 * post's territory and the managers for the Caf. Anyone else gets "not found", like an unknown id.
 */
@ApplicationScoped
public class PostAccess {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    /** A post and the side the caller acts for on it. */
    public record OnPost(CooperationPost post, Side side, Caller caller) {
    }

    public OnPost read(Caller caller, long postId) {
        CooperationPost post = em.find(CooperationPost.class, postId);
        if (post == null) {
            throw new NotFoundException();
        }
        Scope scope = tenancy.scopeOf(caller);
        Side side;
        if (caller.has(Roles.AUTHORITY_HR) && scope.authorityIds().contains(post.getEmployer().getId())) {
            side = Side.AUTHORITY;
        } else if ((caller.has(Roles.CAF_ADVISOR) || caller.has(Roles.CAF_MANAGER))
                && scope.coversTerritory(post.getTerritory().getId())) {
            side = Side.CAF;
        } else {
            throw new NotFoundException();
        }
        return new OnPost(post, side, caller);
    }

    /** As {@link #read}, with the post's row locked until the end of the transaction. */
    public OnPost lock(Caller caller, long postId) {
        OnPost on = read(caller, postId);
        em.refresh(on.post(), LockModeType.PESSIMISTIC_WRITE);
        return on;
    }
}
