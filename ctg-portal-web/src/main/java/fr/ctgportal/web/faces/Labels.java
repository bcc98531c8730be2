package fr.ctgportal.web.faces;

import static java.util.Map.entry;

import fr.ctgportal.model.compliance.Milestone;
import fr.ctgportal.model.compliance.MilestoneState;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.doctrine.DoctrineMessages;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.post.VacancyCause;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import fr.ctgportal.model.recruitment.ItemVerdict;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.recruitment.ReferenceActivity;
import fr.ctgportal.model.recruitment.ReferenceOutcome;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import fr.ctgportal.model.recruitment.ThematicField;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.IndicatorKind;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.model.report.ReportStatus;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.model.weighing.WeighingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The one way a view names an enum constant: {@code #{labels.of(value)}}, in the view's language.
 * The doctrine's values (phases, findings, parameters, origins, qualifications...) take their name
 * from the doctrine's own bundle; the portal's from the web bundle, key {@code <prefix>.<CONSTANT>}
 * with the enum's prefix below. One wording for each value, wherever it shows.
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    /** The package whose enums are named by the doctrine's bundle. */
    private static final String DOCTRINE = DoctrineMessages.class.getPackageName();

    /** The web bundle's key prefix of each enum of the portal. */
    static final Map<Class<? extends Enum<?>>, String> PREFIXES = Map.ofEntries(
            entry(CandidateOpinion.class, "recruitment.opinion"),
            entry(DescriptionItem.class, "recruitment.item"),
            entry(EmploymentFramework.class, "recruitment.framework"),
            entry(ItemVerdict.class, "recruitment.verdict"),
            entry(RecruitmentKind.class, "recruitment.kind"),
            entry(RecruitmentStage.class, "recruitment.stage"),
            entry(ReferenceActivity.class, "recruitment.activity"),
            entry(ReferenceOutcome.class, "recruitment.outcome"),
            entry(ReviewOutcome.class, "recruitment.review.outcome"),
            entry(ThematicField.class, "recruitment.theme"),
            entry(Side.class, "side"),
            entry(fr.ctgportal.model.notification.MailChoice.class, "notification.mail"),
            entry(fr.ctgportal.model.authority.AuthorityType.class, "authority.type"),
            entry(WeighingStatus.class, "weighing.status"),
            entry(TimeUse.class, "weighing.use"),
            entry(DecisionStatus.class, "funding.status"),
            entry(PostStatus.class, "post.status"),
            entry(VacancyCause.class, "post.vacancy.cause"),
            entry(Milestone.class, "plan.milestone"),
            entry(MilestoneState.class, "plan.state"),
            entry(ProcedureGround.class, "procedure.ground"),
            entry(ProcedureStatus.class, "procedure.status"),
            entry(EvaluationKind.class, "evaluation.kind"),
            entry(RenewalConclusion.class, "evaluation.conclusion"),
            entry(IndicatorKind.class, "report.kind"),
            entry(ReportStatus.class, "report.status"),
            entry(fr.ctgportal.model.regulation.Competence.class, "regulation.competence"),
            entry(fr.ctgportal.model.regulation.CompetenceStatus.class, "regulation.status"),
            entry(fr.ctgportal.model.regulation.OutlookCause.class, "regulation.cause"));

    /** The prefix of the audit actions shown in a history, which arrive as their stored names. */
    static final String ACTIONS = "timeline";

    /**
     * @return the name of the constant in the view's language; empty for null
     * @throws IllegalArgumentException for an enum that has no labels
     */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value.getDeclaringClass().getPackageName().equals(DOCTRINE)) {
            return DoctrineMessages.of(Messages.locale()).label(value);
        }
        return Messages.text(key(value, ""));
    }

    /** @return the short name of the constant (table headers), key {@code <prefix>.short.<CONSTANT>} */
    public String shortOf(Enum<?> value) {
        return value == null ? "" : Messages.text(key(value, "short."));
    }

    /** @return the name of an audit action (a history's line), by its stored name */
    public String action(String name) {
        return name == null ? "" : Messages.text(ACTIONS + "." + name);
    }

    static String key(Enum<?> value, String variant) {
        String prefix = PREFIXES.get(value.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("no labels for " + value.getDeclaringClass().getName());
        }
        return prefix + "." + variant + value.name();
    }
}
