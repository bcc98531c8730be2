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
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
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
 * the mission: 12 000 €). Inputs are checked field by field (JSF validation, French messages); the
 * doctrine's own refusal is the backstop, shown on the field it names. After a refused input the
 * result of the last valid simulation stays on screen.
 */
@Named("simulator")
@ViewScoped
public class SimulatorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

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
    private BigDecimal cooperationSharePercent;
    private PostOrigin origin;
    private PostFunction[] functions;
    private Qualification qualification;
    private EmployerKind employer;
    private BigDecimal cofinancingPercent;
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
        cooperationSharePercent = example.cooperationShare().movePointRight(2);
        origin = example.origin();
        functions = example.functions().toArray(PostFunction[]::new);
        qualification = example.qualification();
        employer = example.employer();
        cofinancingPercent = example.authorityCofinancingShare().movePointRight(2);
        vacantSince = example.vacantSince();
        phase = WorkedExample.PHASE;
    }

    public void compute() {
        Inputs inputs = new Inputs(annualCost, employmentFte, fraction(cooperationSharePercent), origin,
                functions == null ? List.of() : List.of(functions), qualification, employer,
                fraction(cofinancingPercent), vacantSince, phase);
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

    // ---- field checks (French messages from the web bundle) ----

    public void validateCost(FacesContext faces, UIComponent component, Object value) {
        check(value instanceof BigDecimal v && v.signum() > 0, "simulator.error.annualCost");
    }

    public void validateFte(FacesContext faces, UIComponent component, Object value) {
        check(value instanceof BigDecimal v && v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0,
                "simulator.error.employmentFte");
    }

    public void validateShare(FacesContext faces, UIComponent component, Object value) {
        check(isPercent(value), "simulator.error.cooperationShare");
    }

    public void validateCofinancing(FacesContext faces, UIComponent component, Object value) {
        check(isPercent(value), "simulator.error.cofinancing");
    }

    private static boolean isPercent(Object value) {
        return value instanceof BigDecimal v && v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }

    private static void check(boolean valid, String key) {
        if (!valid) {
            String text = Messages.text(key);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
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
    public BigDecimal getCooperationSharePercent() { return cooperationSharePercent; }
    public void setCooperationSharePercent(BigDecimal value) { this.cooperationSharePercent = value; }
    public PostOrigin getOrigin() { return origin; }
    public void setOrigin(PostOrigin origin) { this.origin = origin; }
    public PostFunction[] getFunctions() { return functions; }
    public void setFunctions(PostFunction[] functions) { this.functions = functions; }
    public Qualification getQualification() { return qualification; }
    public void setQualification(Qualification qualification) { this.qualification = qualification; }
    public EmployerKind getEmployer() { return employer; }
    public void setEmployer(EmployerKind employer) { this.employer = employer; }
    public BigDecimal getCofinancingPercent() { return cofinancingPercent; }
    public void setCofinancingPercent(BigDecimal value) { this.cofinancingPercent = value; }
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
