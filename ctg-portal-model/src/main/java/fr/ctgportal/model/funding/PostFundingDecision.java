package fr.ctgportal.model.funding;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The Caf's funding decision for a post and a year.
 *
 * <p>Lifecycle ({@link DecisionStatus}): a Caf advisor prepares it from the post's agreed weighing,
 * cost and flags; the doctrine computes it and everything it said is stored here (amount, findings,
 * computation steps, the parameter values used). A Caf manager approves it, or sends it back with a
 * reason (the advisor then prepares a new one). An approved decision never changes, even when the
 * post or the doctrine's parameters change afterwards.
 *
 * <p>Refusals ({@link DomainRuleException} keys): {@code funding.error.year} (this year or the next),
 * {@code funding.error.alreadyPrepared}, {@code funding.error.unfundedByOpinion},
 * {@code funding.error.fundingEnded}, {@code funding.error.noAgreedWeighing} when preparing;
 * {@code funding.error.notPending} once decided; {@code funding.error.outdated} when approving a
 * decision whose weighing or post changed since; {@code funding.error.returnReason} without a reason.
 */
@Entity
@Table(name = "funding_decision")
// A post's decisions, newest first; whether a year already has one standing (not sent back); a year's, for the totals.
@NamedQuery(name = "PostFundingDecision.ofPost", query = "select d from PostFundingDecision d where d.post = :post order by d.year desc, d.id desc")
@NamedQuery(name = "PostFundingDecision.standingOfPostAndYear", query = "select d.id from PostFundingDecision d "
        + "where d.post = :post and d.year = :year and d.status <> fr.ctgportal.model.funding.DecisionStatus.RETURNED")
// What the compliance plan's milestones need of the approved decisions.
@NamedQuery(name = "PostFundingDecision.approvedOfPosts", query = "select d.post.id, d.year, d.id, d.cafFunding, "
        + "d.phase from PostFundingDecision d where d.status = fr.ctgportal.model.funding.DecisionStatus.APPROVED "
        + "and d.post in :posts")
// Work queues (issue 14): one query per kind of work, post reference, title, holder and employer in the row.
@NamedQuery(name = "PostFundingDecision.workWithStatus", query = "select d.id, p.id, p.cafReference, p.title, "
        + "p.holderName, e.name, d.year, d.prepared.at, d.decided.at from PostFundingDecision d join d.post p "
        + "join p.employer e where d.status = :status and d.year >= :fromYear "
        + "and (e.id in :authorities or p.territory.id in :territories)")
public class PostFundingDecision extends VersionedEntity {

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

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "prepared_by", nullable = false, length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "prepared_at", nullable = false))
    private Stamp prepared;

    /** Who approved or sent it back, and when. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "decided_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
    private Stamp decided;

    @Column(name = "return_reason")
    private String returnReason;

    protected PostFundingDecision() {
        // for JPA
    }

    /**
     * An advisor prepares the decision of a post for a year (this year or the next) from its agreed
     * weighing: the doctrine is applied as it stands on the year's first day, or today for this year.
     *
     * @param today        the date of the day
     * @param yearTaken    whether a decision of that year is already prepared or approved for the post
     * @param agreed       the post's agreed weighing, or null when there is none
     * @param doctrineOn   the doctrine's decision for the post on a day (its refusal is the caller's)
     * @throws DomainRuleException see the class's refusals
     */
    public static PostFundingDecision prepare(CooperationPost post, int year, LocalDate today, boolean yearTaken,
            Weighing agreed, Function<LocalDate, FundingDecision> doctrineOn,
            Stamp stamp) {
        if (year < today.getYear() || year > today.getYear() + 1) {
            throw new DomainRuleException("funding.error.year", String.valueOf(today.getYear()),
                    String.valueOf(today.getYear() + 1));
        }
        if (yearTaken) {
            throw new DomainRuleException("funding.error.alreadyPrepared", String.valueOf(year));
        }
        if (post.isUnfundedByOpinion()) {
            throw new DomainRuleException("funding.error.unfundedByOpinion");
        }
        if (post.getFundingEndedOn() != null) {
            throw new DomainRuleException("funding.error.fundingEnded", DoctrineFormats.date(post.getFundingEndedOn()));
        }
        if (agreed == null) {
            throw new DomainRuleException("funding.error.noAgreedWeighing");
        }
        FundingDecision d = doctrineOn.apply(year == today.getYear() ? today : LocalDate.of(year, 1, 1));
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
        decision.prepared = stamp;
        return decision;
    }

    /**
     * A manager approves the prepared decision, unless what it was computed from changed since: its
     * weighing replaced, or the post no longer fundable (funding ended, recruited despite an
     * unfavourable opinion). The advisor then prepares it again.
     *
     * @throws DomainRuleException {@code funding.error.notPending}, {@code funding.error.outdated}
     */
    public void approve(Stamp stamp) {
        requirePrepared();
        if (weighing.getStatus() != WeighingStatus.AGREED || post.getFundingEndedOn() != null
                || post.isUnfundedByOpinion()) {
            throw new DomainRuleException("funding.error.outdated");
        }
        status = DecisionStatus.APPROVED;
        decided = stamp;
    }

    /**
     * A manager sends the prepared decision back, with a reason (the advisor prepares a new one).
     *
     * @param reason as typed: required, at most {@link TextLimit#REASON} characters once stripped
     * @throws DomainRuleException {@code funding.error.returnReason}, {@code funding.error.notPending}
     */
    public void sendBack(String reason, Stamp stamp) {
        if (reason == null || reason.isBlank() || TextLimit.length(reason.strip()) > TextLimit.REASON.max()) {
            throw new DomainRuleException("funding.error.returnReason");
        }
        requirePrepared();
        status = DecisionStatus.RETURNED;
        returnReason = TextLimit.REASON.optional(reason);
        decided = stamp;
    }

    private void requirePrepared() {
        if (status != DecisionStatus.PREPARED) {
            throw new DomainRuleException("funding.error.notPending");
        }
    }

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
    /** @return which advisor prepared it, and when */
    public Stamp getPrepared() { return prepared; }
    /** @return which manager approved or sent it back, and when; null while prepared */
    public Stamp getDecided() {
        return Stamp.orNull(decided);
    }
    public String getReturnReason() { return returnReason; }
}
