package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.compliance.PostMilestones;
import fr.ctgportal.model.compliance.Milestone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The authority's own posts and their compliance-plan milestones. */
@Named
@RequestScoped
public class OwnMilestonesView {

    @Inject
    private CompliancePlanService plan;

    private List<PostMilestones> posts;

    public List<PostMilestones> getPosts() {
        if (posts == null) {
            posts = plan.ownMilestones();
        }
        return posts;
    }

    public Milestone[] getMilestones() {
        return Milestone.values();
    }
}
