package fr.ctgportal.web.post;

import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.web.faces.PagedList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** The authority's list of its posts, page by page. */
@Named
@ViewScoped
public class OwnPostsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PostService posts;

    private PagedList<PostView> list;

    public PagedList<PostView> getPosts() {
        if (list == null) {
            list = new PagedList<>(posts::pagePosts, PostView::id, PagedList.PAGE_SIZE);
        }
        return list;
    }
}
