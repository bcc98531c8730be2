package fr.ctgportal.web.view;

import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.web.faces.Messages;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A post's page, in both areas. Authority HR may correct the holder and the cost; the form keeps
 * what the user typed when the save is refused (e.g. someone else saved first).
 */
@Named
@ViewScoped
public class PostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PostService posts;

    private String id;
    private PostView post;
    private String holderName;
    private BigDecimal annualCost;

    public void load() {
        PostView found = Pages.load(id, posts::findPost);
        if (found != null) {
            show(found);
        }
    }

    public void save() {
        try {
            show(posts.updatePostDetails(post.id(), post.version(), holderName, annualCost));
            Messages.info("post.saved");
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    private void show(PostView view) {
        post = view;
        holderName = view.holderName();
        annualCost = view.annualCost();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PostView getPost() { return post; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public BigDecimal getAnnualCost() { return annualCost; }
    public void setAnnualCost(BigDecimal annualCost) { this.annualCost = annualCost; }
}
