package fr.ctgportal.web.territory;

import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.territory.TerritoryDetail;
import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.web.faces.PagedList;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** A territory's page for the Caf: figures, and its posts page by page (view-scoped: the table pages by Ajax). */
@Named
@ViewScoped
public class TerritoryPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private TerritoryService territories;

    @Inject
    private PostService posts;

    private String id;
    private TerritoryDetail territory;
    private PagedList<PostView> list;

    public void load() {
        territory = Pages.load(id, territories::findTerritory);
        if (territory != null) {
            list = new PagedList<>(posts::pagePosts, PostView::id, PagedList.PAGE_SIZE);
            list.setFilter("territory", String.valueOf(territory.summary().id()));
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public TerritoryDetail getTerritory() { return territory; }

    /** @return the territory's posts, page by page */
    public PagedList<PostView> getPosts() { return list; }
}
