package fr.ctgportal.web.report;

import fr.ctgportal.ejb.report.EvaluationService;
import fr.ctgportal.ejb.report.EvaluationView;
import fr.ctgportal.ejb.report.IndicatorHistory;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.network.MeetingView;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Formats;
import fr.ctgportal.web.faces.Uploads;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

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

    @Inject
    private NetworkMeetingService network;

    @Inject
    private DocumentService documents;

    private long postId;
    private List<EvaluationView> list;
    private IndicatorHistory history;
    private LocalDate evaluatedOn;
    private String text;
    private RenewalConclusion conclusion;
    private String chart;
    private Long meetingId;
    private transient UploadedFile minutes;
    private List<MeetingView> meetings;

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

    /** The Caf writes an intermediate evaluation, from a network meeting with its minutes if chosen. */
    public String writeIntermediate() {
        return Actions.run("evaluation.saved", () -> evaluations.write(postId, EvaluationKind.INTERMEDIATE, evaluatedOn,
                text, null, meetingId, Uploads.optional(minutes, documents, "intermediate:minutes")), "id=" + postId,
                "intermediate:minutes");
    }

    /** @return a meeting as the choice names it: its title and date */
    public String meetingLabel(MeetingView m) {
        return m.title() + " (" + Formats.date(m.heldOn()) + ")";
    }

    /** @return the network meetings an intermediate evaluation may come from, newest first (Caf) */
    public List<MeetingView> getMeetings() {
        if (meetings == null) {
            meetings = network.meetings();
        }
        return meetings;
    }

    public String writeEndOfTerm() {
        // Back to the review page, which shows the saved conclusion.
        return Actions.run("evaluation.saved", () -> evaluations.write(postId, EvaluationKind.END_OF_TERM, evaluatedOn,
                text, conclusion), "id=" + postId);
    }

    /** @return the chart of the post's counted indicators year by year (Chart.js JSON), or null with none */
    public String getChart() {
        if (history == null || !IndicatorChart.hasCounts(history)) {
            return null;
        }
        if (chart == null) {
            chart = IndicatorChart.json(history);
        }
        return chart;
    }

    /** @return the chart's height in pixels */
    public int getChartHeight() {
        return history == null ? 0 : IndicatorChart.height(history);
    }

    /** @return the latest end-of-term evaluation (its conclusion is shown on the review page), or null */
    public EvaluationView getLatestEndOfTerm() {
        return list == null
                ? null
                : list.stream().filter(e -> e.kind() == EvaluationKind.END_OF_TERM).findFirst().orElse(null);
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
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public UploadedFile getMinutes() { return minutes; }
    public void setMinutes(UploadedFile minutes) { this.minutes = minutes; }
    public void setConclusion(RenewalConclusion conclusion) { this.conclusion = conclusion; }
}
