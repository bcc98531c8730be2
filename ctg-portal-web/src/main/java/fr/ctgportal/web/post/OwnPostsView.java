package fr.ctgportal.web.post;

import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.web.faces.Lazy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The authority's list of its posts. */
@Named
@RequestScoped
public class OwnPostsView {

    @Inject
    private PostService posts;

    private final Lazy<List<PostView>> list = new Lazy<>(() -> posts.listOwnPosts());

    public List<PostView> getPosts() { return list.get(); }
}
