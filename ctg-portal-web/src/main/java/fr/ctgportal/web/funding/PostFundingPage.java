package fr.ctgportal.web.funding;

import fr.ctgportal.ejb.funding.DecisionView;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.ejb.weighing.PostWeighings;
import fr.ctgportal.ejb.weighing.WeighingLineInput;
import fr.ctgportal.ejb.weighing.WeighingService;
import fr.ctgportal.ejb.weighing.WeighingView;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.model.weighing.WeighingStatus;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighing and the funding decisions on a post's page, for the employer's HR and the Caf. The
 * EJBs decide who may do what; the page offers the forms and keeps what was typed when refused.
 */
@Named
@ViewScoped
public class PostFundingPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private WeighingService weighingService;

    @Inject
    private FundingDecisionService decisions;

    @Inject
    private Clock clock;

    private long postId;
    private PostWeighings weighings;
    private List<DecisionView> postDecisions;
    private List<WeighingRow> rows;
    private String comment;
    private int year;
    private final Map<Long, String> returnReasons = new HashMap<>();

    /** Loads the post's weighings and decisions, for the roles that take part in them. */
    public void load() {
        year = LocalDate.now(clock).getYear();
        if (!Pages.loadPostSection(id -> {
            postId = id;
            weighings = weighingService.findWeighings(id);
            postDecisions = decisions.listPostDecisions(id);
        })) {
            weighings = null; // the section stays hidden
            return;
        }
        rows = Arrays.stream(TimeUse.values()).map(u -> new WeighingRow(u, null, null)).toList();
        if (!weighings.versions().isEmpty()) {
            WeighingView latest = weighings.versions().get(0);
            latest.lastProposal().lines().forEach(l -> rows.stream().filter(r -> r.getUse() == l.use()).findFirst()
                    .ifPresent(r -> {
                        r.setFte(l.fte());
                        r.setLabel(l.label());
                    }));
        }
    }

    public String propose() {
        List<WeighingLineInput> lines = rows.stream()
                .map(r -> new WeighingLineInput(r.getUse(), r.getLabel(), r.getFte())).toList();
        return act("weighing.saved.proposed", () -> weighingService.propose(postId, weighings.token(), lines, comment));
    }

    public String accept() {
        return act("weighing.saved.agreed", () -> weighingService.accept(postId, weighings.token()));
    }

    public String prepare() {
        return act("funding.saved.prepared", () -> decisions.prepare(postId, year));
    }

    public String approve(DecisionView decision) {
        return act("funding.saved.approved", () -> decisions.approve(decision.id(), decision.version()));
    }

    public String sendBack(DecisionView decision) {
        return act("funding.saved.returned",
                () -> decisions.sendBack(decision.id(), decision.version(), returnReasons.get(decision.id())));
    }

    /** The years a decision can be prepared for. */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now, now + 1);
    }

    public boolean isAgreed() {
        return weighings != null && weighings.versions().stream().anyMatch(w -> w.status() == WeighingStatus.AGREED);
    }

    private String act(String successKey, Runnable action) {
        return Actions.run(successKey, action, "id=" + postId);
    }

    public PostWeighings getWeighings() { return weighings; }
    public List<DecisionView> getPostDecisions() { return postDecisions; }
    public List<WeighingRow> getRows() { return rows; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Map<Long, String> getReturnReasons() { return returnReasons; }
}
