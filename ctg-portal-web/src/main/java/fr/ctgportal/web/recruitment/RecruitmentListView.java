package fr.ctgportal.web.recruitment;

import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.ejb.recruitment.FileSummary;
import fr.ctgportal.ejb.recruitment.RecruitablePost;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.ejb.recruitment.RecruitmentService;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.web.faces.Messages;
import fr.ctgportal.web.faces.PagedList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The list of recruitment files (the Caf's work list, sorted by due date) and, for authority HR,
 * the form that opens a file for a post or for a new post.
 */
@Named
@ViewScoped
public class RecruitmentListView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentQueryService queries;

    @Inject
    private RecruitmentService recruitment;

    private PagedList<FileSummary> files;
    private List<RecruitablePost> recruitablePosts;
    private RecruitmentKind kind = RecruitmentKind.REPLACEMENT;
    private Long postId;
    private String newPostTitle;

    /** @return the files, page by page (open ones by default) */
    public PagedList<FileSummary> getFiles() {
        if (files == null) {
            files = new PagedList<>(queries::pageFiles, FileSummary::id, PagedList.PAGE_SIZE);
        }
        return files;
    }

    public List<RecruitablePost> getRecruitablePosts() {
        if (recruitablePosts == null) {
            recruitablePosts = recruitment.listRecruitablePosts();
        }
        return recruitablePosts;
    }

    public String open() {
        try {
            long id;
            if (kind == RecruitmentKind.NEW_POST) {
                id = recruitment.openForNewPost(newPostTitle);
            } else if (postId == null) {
                Messages.error("recruitment.error.choosePost");
                return null;
            } else {
                id = recruitment.openForPost(postId);
            }
            return "/collectivite/recrutements/dossier.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    /** The stages a user may filter the list on. */
    public List<fr.ctgportal.model.recruitment.RecruitmentStage> getStages() {
        return List.of(fr.ctgportal.model.recruitment.RecruitmentStage.values());
    }

    /** The kinds of file, in the form's order. */
    public List<RecruitmentKind> getKinds() {
        return List.of(RecruitmentKind.REPLACEMENT, RecruitmentKind.NEW_POST);
    }
    public RecruitmentKind getKind() { return kind; }
    public void setKind(RecruitmentKind kind) { this.kind = kind; }
    public Long getPostId() { return postId; }
    public void setPostId(Long postId) { this.postId = postId; }
    public String getNewPostTitle() { return newPostTitle; }
    public void setNewPostTitle(String newPostTitle) { this.newPostTitle = newPostTitle; }
}
