package fr.ctgportal.web.report;

import fr.ctgportal.ejb.report.EvaluationService;
import fr.ctgportal.ejb.report.EvaluationView;
import fr.ctgportal.ejb.report.IndicatorHistory;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A post's evaluations on its page (HR and Caf), the Caf's intermediate evaluations, and the
 * end-of-term review page: every indicator year by year and the Caf's conclusion.
 */
@Named
@ViewScoped
public class PostEvaluationsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    private long postId;
    private List<EvaluationView> list;
    private IndicatorHistory history;
    private LocalDate evaluatedOn;
    private String text;
    private RenewalConclusion conclusion;

    /** For the post's page. */
    public void load() {
        if (!Pages.loadPostSection(id -> {
            postId = id;
            list = evaluations.postEvaluations(id);
        })) {
            list = null;
        }
    }

    /** For the end-of-term page (Caf): the history too, or "not found". */
    public void loadHistory() {
        history = Pages.load(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"),
                evaluations::history);
        if (history != null) {
            postId = history.postId();
            list = evaluations.postEvaluations(postId);
        }
    }

    public String writeIntermediate() {
        return Actions.run("evaluation.saved", () -> evaluations.write(postId, EvaluationKind.INTERMEDIATE, evaluatedOn,
                text, null), "id=" + postId);
    }

    public String writeEndOfTerm() {
        return Actions.run("evaluation.saved", () -> evaluations.write(postId, EvaluationKind.END_OF_TERM, evaluatedOn,
                text, conclusion), "id=" + postId);
    }

    public RenewalConclusion[] getConclusions() { return RenewalConclusion.values(); }
    public long getPostId() { return postId; }
    public List<EvaluationView> getList() { return list; }
    public IndicatorHistory getHistory() { return history; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public void setEvaluatedOn(LocalDate evaluatedOn) { this.evaluatedOn = evaluatedOn; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public RenewalConclusion getConclusion() { return conclusion; }
    public void setConclusion(RenewalConclusion conclusion) { this.conclusion = conclusion; }
}
