package fr.ctgportal.model.funding;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.weighing.Weighing;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Caf's funding decision for a post and a year.
 *
 * <p>Lifecycle ({@link DecisionStatus}): a Caf advisor prepares it from the post's agreed weighing,
 * cost and flags; the doctrine computes it and everything it said is stored here (amount, findings,
 * computation steps, the parameter values used). A Caf manager approves it, or sends it back with a
 * reason (the advisor then prepares a new one). An approved decision never changes, even when the
 * post or the doctrine's parameters change afterwards.
 */
@Entity
@Table(name = "funding_decision")
public class PostFundingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private CooperationPost post;

    @Column(name = "funding_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "weighing_id", nullable = false)
    private Weighing weighing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status;

    @Column(nullable = false)
    private boolean funded;

    @Column(name = "caf_funding", nullable = false, precision = 10, scale = 2)
    private BigDecimal cafFunding;

    @Column(name = "eligible_cost", nullable = false, precision = 10, scale = 2)
    private BigDecimal eligibleCost;

    @Column(name = "cooperation_fte", nullable = false, precision = 6, scale = 4)
    private BigDecimal cooperationFte;

    @Column(name = "annual_cost", nullable = false, precision = 10, scale = 2)
    private BigDecimal annualCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompliancePhase phase;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_decision_finding", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionLine> findings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_decision_step", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionLine> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_decision_parameter", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionLine> parameters = new ArrayList<>();

    @Column(name = "prepared_by", nullable = false, length = 100)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_reason")
    private String returnReason;

    protected PostFundingDecision() {
        // for JPA
    }

    /** An advisor prepares the decision the doctrine computed for the post's agreed weighing. */
    public static PostFundingDecision prepared(CooperationPost post, int year, Weighing agreed, FundingDecision d,
                                               String by, Instant at) {
        PostFundingDecision decision = new PostFundingDecision();
        decision.post = post;
        decision.year = year;
        decision.weighing = agreed;
        decision.status = DecisionStatus.PREPARED;
        decision.funded = d.funded();
        decision.cafFunding = d.cafFunding();
        decision.eligibleCost = d.eligibleCost();
        decision.cooperationFte = d.cooperationFte();
        decision.annualCost = post.getAnnualCost();
        decision.phase = d.phase();
        decision.evaluatedOn = d.evaluatedOn();
        d.findings().forEach(f -> decision.findings.add(
                new DecisionLine(f.code().name(), f.severity().name(), f.message(), null, null)));
        d.steps().forEach(s -> decision.steps.add(
                new DecisionLine(s.code().name(), null, s.label(), s.amount(), null)));
        d.parameters().values().values().stream().sorted(Comparator.comparing(ParameterValue::parameter))
                .forEach(p -> decision.parameters.add(new DecisionLine(p.parameter().name(), null, p.source(),
                        p.value(), p.validFrom())));
        decision.preparedBy = by;
        decision.preparedAt = at;
        return decision;
    }

    public void approve(String by, Instant at) {
        requirePrepared();
        status = DecisionStatus.APPROVED;
        decidedBy = by;
        decidedAt = at;
    }

    public void sendBack(String reason, String by, Instant at) {
        requirePrepared();
        status = DecisionStatus.RETURNED;
        returnReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    private void requirePrepared() {
        if (status != DecisionStatus.PREPARED) {
            throw new IllegalStateException("decision " + id + " is " + status);
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CooperationPost getPost() { return post; }
    public int getYear() { return year; }
    public Weighing getWeighing() { return weighing; }
    public DecisionStatus getStatus() { return status; }
    public boolean isFunded() { return funded; }
    public BigDecimal getCafFunding() { return cafFunding; }
    public BigDecimal getEligibleCost() { return eligibleCost; }
    public BigDecimal getCooperationFte() { return cooperationFte; }
    public BigDecimal getAnnualCost() { return annualCost; }
    public CompliancePhase getPhase() { return phase; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public List<DecisionLine> getFindings() { return List.copyOf(findings); }
    public List<DecisionLine> getSteps() { return List.copyOf(steps); }
    public List<DecisionLine> getParameters() { return List.copyOf(parameters); }
    public String getPreparedBy() { return preparedBy; }
    public Instant getPreparedAt() { return preparedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getReturnReason() { return returnReason; }
}
