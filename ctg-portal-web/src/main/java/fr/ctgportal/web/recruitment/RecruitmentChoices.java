package fr.ctgportal.web.recruitment;

import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import fr.ctgportal.model.recruitment.ItemVerdict;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.recruitment.ReferenceActivity;
import fr.ctgportal.model.recruitment.ReferenceOutcome;
import fr.ctgportal.model.recruitment.ThematicField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The fixed choices of the recruitment forms, in their reference order (labels are in the bundle). */
@Named
@ApplicationScoped
public class RecruitmentChoices {

    public List<ReferenceOutcome> getOutcomes() { return List.of(ReferenceOutcome.values()); }
    public List<ReferenceActivity> getActivities() { return List.of(ReferenceActivity.values()); }
    public List<ThematicField> getThemes() { return List.of(ThematicField.values()); }
    public List<EmploymentFramework> getFrameworks() { return List.of(EmploymentFramework.values()); }
    public List<Qualification> getQualifications() { return List.of(Qualification.values()); }
    /** The levels a job description may require: Bac+2 at least. */
    public List<Qualification> getMinimumQualifications() {
        return List.of(Qualification.values()).stream().filter(Qualification::meetsMinimum).toList();
    }
    public List<DescriptionItem> getItems() { return List.of(DescriptionItem.values()); }
    public List<ItemVerdict> getVerdicts() { return List.of(ItemVerdict.values()); }
    public List<CandidateOpinion> getOpinions() { return List.of(CandidateOpinion.values()); }
    public List<fr.ctgportal.model.weighing.TimeUse> getTimeUses() {
        return List.of(fr.ctgportal.model.weighing.TimeUse.values());
    }
    /** The stages of a file's normal course, for the progress list. */
    public List<RecruitmentStage> getCourse() {
        return List.of(RecruitmentStage.DRAFT, RecruitmentStage.DESCRIPTION_SUBMITTED,
                RecruitmentStage.DESCRIPTION_AGREED, RecruitmentStage.CANDIDATE_PROPOSED,
                RecruitmentStage.OPINION_GIVEN, RecruitmentStage.COMPLETED);
    }

    /**
     * The progress list of a file at that stage, which always shows it as a step (so that the current
     * step is highlighted in every state): changes requested stand in the place of the description
     * submitted, an abandon in the place of the completion.
     */
    public List<RecruitmentStage> course(RecruitmentStage stage) {
        return getCourse().stream().map(step -> {
            if (stage == RecruitmentStage.DESCRIPTION_TO_REVISE && step == RecruitmentStage.DESCRIPTION_SUBMITTED) {
                return stage;
            }
            return stage == RecruitmentStage.ABANDONED && step == RecruitmentStage.COMPLETED ? stage : step;
        }).toList();
    }
}
