package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Parties;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A post and the side the caller acts for on it, resolved by {@link Parties} (the employer's HR for
 * the authority, the advisors of the post's territory and the managers for the Caf), loaded through
 * {@link Records}. Anyone else gets "not found", like an unknown id.
 */
@ApplicationScoped
public class PostAccess {

    @Inject
    private Records records;

    @Inject
    private Parties parties;

    /** A post and the side the caller acts for on it. */
    public record OnPost(CooperationPost post, Side side, Caller caller) {
    }

    /**
     * @throws NotFoundException for an unknown post or a caller party to neither side
     */
    public OnPost read(Caller caller, long postId) {
        CooperationPost post = records.find(CooperationPost.class, postId);
        return new OnPost(post, parties.sideOf(caller, post.getEmployer(), post.getTerritory()), caller);
    }

    /** As {@link #read}, with the post's row locked until the end of the transaction (no version check). */
    public OnPost lock(Caller caller, long postId) {
        OnPost on = read(caller, postId);
        records.lock(on.post());
        return on;
    }

    /**
     * A post the caller changes for that side, at the version the user read, locked until the end of
     * the transaction.
     *
     * @throws NotFoundException unless the caller acts for that side on the post
     * @throws ConcurrentEditException if the post changed since the user read it
     */
    public OnPost forChange(Caller caller, long postId, long expectedVersion, Side side) {
        OnPost on = new OnPost(asSide(caller, postId, side), side, caller);
        records.forChange(on.post(), expectedVersion);
        return on;
    }

    /**
     * A post the caller acts on for that side (read, not locked).
     *
     * @throws NotFoundException for an unknown post, or unless the caller acts for that side on it
     */
    public CooperationPost asSide(Caller caller, long postId, Side side) {
        OnPost on = read(caller, postId);
        if (on.side() != side) {
            throw new NotFoundException();
        }
        return on.post();
    }

    /**
     * A post the caller may read without acting on it: within their scope, whatever their role (the
     * post's officer included).
     *
     * @throws NotFoundException otherwise, or for an unknown post
     */
    public CooperationPost visible(Caller caller, long postId) {
        CooperationPost post = records.find(CooperationPost.class, postId);
        if (!parties.scopeOf(caller).covers(post.getEmployer().getId(), post.getTerritory().getId())) {
            throw new NotFoundException();
        }
        return post;
    }
}
