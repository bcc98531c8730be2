package fr.ctgportal.web.post;

import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
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

    private List<PostView> list;

    public List<PostView> getPosts() {
        if (list == null) {
            list = posts.listOwnPosts();
        }
        return list;
    }
}
