package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The posts of the territories a Caf user follows (all of them for a manager), with their territory and employer.
 *
 * @deprecated use {@link Posts#ofCaf(Scope)}; kept until its callers moved
 */
@Deprecated
@ApplicationScoped
public class CafPosts {

    @Inject
    private Posts posts;

    /** @return the posts in the Caf side of the scope, by id; none when the scope has no territory */
    public List<CooperationPost> of(Scope scope) {
        return posts.ofCaf(scope);
    }
}
