package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.compliance.PostMilestones;
import fr.ctgportal.model.compliance.Milestone;
import fr.ctgportal.web.faces.Lazy;
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

    private final Lazy<List<PostMilestones>> posts = new Lazy<>(() -> plan.ownMilestones());

    public List<PostMilestones> getPosts() { return posts.get(); }

    public Milestone[] getMilestones() { return Milestone.values(); }
}
