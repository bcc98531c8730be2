package fr.ctgportal.web.doctrine;

import fr.ctgportal.ejb.doctrine.FundingSimulator;
import fr.ctgportal.ejb.doctrine.SituationRefusedException;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.doctrine.WorkedExample;
import fr.ctgportal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The funding simulator: a post described by hand, evaluated by the doctrine through
 * {@link FundingSimulator}. Opens on the doctrine's worked example (50 000 €, 1 FTE, half of it on
 * the mission: 12 000 €). Numbers are read by the field tags (a refusal at the field, in French); the
 * ranges are checked here, every field at once, and the doctrine's own refusal is the backstop, shown
 * on the field it names. After a refused input the result of the last valid simulation stays on screen.
 * Shares are fractions, typed and shown as percentages by {@code ctg:percent}.
 */
@Named("simulator")
@ViewScoped
public class SimulatorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form id and the ids of its fields, by the doctrine's name of the input. */
    static final String FORM = "sim";
    private static final Map<String, String> FIELDS = Map.of("annualCost", "cost", "employmentFte", "fte",
            "cooperationShare", "share", "origin", "origin", "functions", "functions", "qualification",
            "qualification", "employer", "employer", "authorityCofinancingShare", "cofinancing",
            "vacantSince", "vacantSince", "phase", "phase");

    @Inject
    private FundingSimulator simulator;

    private BigDecimal annualCost;
    private BigDecimal employmentFte;
    private BigDecimal cooperationShare;
    private PostOrigin origin;
    private PostFunction[] functions;
    private Qualification qualification;
    private EmployerKind employer;
    private BigDecimal cofinancingShare;
    private LocalDate vacantSince;
    private CompliancePhase phase;

    /** The inputs of the result on screen, to recompute it if the view was serialized. */
    private Inputs computed;
    private transient FundingDecision decision;

    @PostConstruct
    void init() {
        example();
        compute();
    }

    /** The doctrine's worked example, funded 12 000 €. */
    private void example() {
        PostSituation example = WorkedExample.SITUATION;
        annualCost = example.annualCost();
        employmentFte = example.employmentFte();
        cooperationShare = example.cooperationShare();
        origin = example.origin();
        functions = example.functions().toArray(PostFunction[]::new);
        qualification = example.qualification();
        employer = example.employer();
        cofinancingShare = example.authorityCofinancingShare();
        vacantSince = example.vacantSince();
        phase = WorkedExample.PHASE;
    }

    public void compute() {
        if (!inRange()) {
            return;
        }
        Inputs inputs = new Inputs(annualCost, employmentFte, cooperationShare, origin,
                functions == null ? List.of() : List.of(functions), qualification, employer,
                cofinancingShare, vacantSince, phase);
        try {
            decision = simulator.simulate(inputs.situation(), inputs.phase());
            computed = inputs;
        } catch (SituationRefusedException e) {
            String field = FIELDS.get(e.field());
            Messages.fieldError(field == null ? null : FORM + ":" + field,
                    Messages.text(SituationRefusedException.MESSAGE_KEY, e.explanation()));
        }
    }

    /** Back to the doctrine's example. */
    public void reset() {
        example();
        compute();
    }

    public FundingDecision getDecision() {
        if (decision == null && computed != null) {
            decision = simulator.simulate(computed.situation(), computed.phase());
        }
        return decision;
    }

    // ---- range checks, every field at once (French messages from the web bundle) ----

    private boolean inRange() {
        boolean valid = check(annualCost != null && annualCost.signum() > 0, "cost", "simulator.error.annualCost");
        valid &= check(
                employmentFte != null && employmentFte.signum() > 0 && employmentFte.compareTo(BigDecimal.ONE) <= 0,
                "fte", "simulator.error.employmentFte");
        valid &= check(isShare(cooperationShare), "share", "simulator.error.cooperationShare");
        return valid & check(isShare(cofinancingShare), "cofinancing", "simulator.error.cofinancing");
    }

    private static boolean isShare(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }

    private static boolean check(boolean valid, String field, String key) {
        if (!valid) {
            Messages.fieldError(FORM + ":" + field, Messages.text(key));
        }
        return valid;
    }

    // ---- choices ----

    public PostOrigin[] getOrigins() { return PostOrigin.values(); }
    public PostFunction[] getAllFunctions() { return PostFunction.values(); }
    public Qualification[] getQualifications() { return Qualification.values(); }
    public EmployerKind[] getEmployers() { return EmployerKind.values(); }
    public CompliancePhase[] getPhases() { return CompliancePhase.values(); }

    // ---- form fields ----

    public BigDecimal getAnnualCost() { return annualCost; }
    public void setAnnualCost(BigDecimal annualCost) { this.annualCost = annualCost; }
    public BigDecimal getEmploymentFte() { return employmentFte; }
    public void setEmploymentFte(BigDecimal employmentFte) { this.employmentFte = employmentFte; }
    public BigDecimal getCooperationShare() { return cooperationShare; }
    public void setCooperationShare(BigDecimal value) { this.cooperationShare = value; }
    public PostOrigin getOrigin() { return origin; }
    public void setOrigin(PostOrigin origin) { this.origin = origin; }
    public PostFunction[] getFunctions() { return functions; }
    public void setFunctions(PostFunction[] functions) { this.functions = functions; }
    public Qualification getQualification() { return qualification; }
    public void setQualification(Qualification qualification) { this.qualification = qualification; }
    public EmployerKind getEmployer() { return employer; }
    public void setEmployer(EmployerKind employer) { this.employer = employer; }
    public BigDecimal getCofinancingShare() { return cofinancingShare; }
    public void setCofinancingShare(BigDecimal value) { this.cofinancingShare = value; }
    public LocalDate getVacantSince() { return vacantSince; }
    public void setVacantSince(LocalDate vacantSince) { this.vacantSince = vacantSince; }
    public CompliancePhase getPhase() { return phase; }
    public void setPhase(CompliancePhase phase) { this.phase = phase; }

    /** The simulated inputs, serializable (the doctrine's records are not). */
    private record Inputs(BigDecimal annualCost, BigDecimal employmentFte, BigDecimal cooperationShare,
            PostOrigin origin, List<PostFunction> functions, Qualification qualification,
            EmployerKind employer, BigDecimal cofinancing, LocalDate vacantSince,
            CompliancePhase phase) implements Serializable {

        PostSituation situation() {
            EnumSet<PostFunction> set = EnumSet.noneOf(PostFunction.class);
            set.addAll(functions);
            return new PostSituation(annualCost, employmentFte, cooperationShare, origin, set, qualification,
                    employer, cofinancing, vacantSince);
        }
    }
}
