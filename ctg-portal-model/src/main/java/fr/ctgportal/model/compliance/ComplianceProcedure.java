package fr.ctgportal.model.compliance;

import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A compliance procedure on a post ("procédure de mise en conformité"): the Caf may at any time
 * question the reality, weighing or conformity of a post.
 *
 * <p>Lifecycle ({@link ProcedureStatus}): a Caf manager opens it ({@link #open}) with the ground, the
 * reasons and a deadline after the day, on a post still funded and without another procedure under
 * way; the authority's HR answers ({@link #answer}) with the proof of its commitment (again, if it
 * wants, while the procedure is not closed); a Caf manager closes it ({@link #close}), the post
 * compliant or its funding ended from the day (without an answer, only after the deadline). A closed
 * procedure changes no more. Every step says who and when ({@link Stamp}), and why. Each refusal is a
 * {@link DomainRuleException} carrying the key of the message shown.
 */
@Entity
@Table(name = "compliance_procedure")
@NamedQueries({
        @NamedQuery(name = "ComplianceProcedure.ofPost", query = "select c from ComplianceProcedure c where c.post = :post order by c.id desc"),
        @NamedQuery(name = "ComplianceProcedure.underWay", query = ComplianceProcedure.UNDER_WAY
                + " order by c.deadline"),
        @NamedQuery(name = "ComplianceProcedure.awaitingAuthorities", query = ComplianceProcedure.UNDER_WAY
                + " and c.status = fr.ctgportal.model.compliance.ProcedureStatus.OPEN and p.employer.id in :authorities "
                + "order by c.deadline"),
        @NamedQuery(name = "ComplianceProcedure.underWayInTerritories", query = ComplianceProcedure.UNDER_WAY
                + " and p.territory.id in :territories order by c.deadline"),
        // Work queues (issue 14): one query per kind of work.
        @NamedQuery(name = "ComplianceProcedure.workWithStatus", query = "select c.id, p.id, p.cafReference, p.title, "
                + "p.holderName, e.name, c.deadline, c.status from ComplianceProcedure c join c.post p join p.employer e "
                + "where c.status in :statuses and (e.id in :authorities or p.territory.id in :territories)"),
        @NamedQuery(name = "ComplianceProcedure.idsPastDeadline", query = "select c.id from ComplianceProcedure c "
                + "where c.status in :underWay and c.deadline < :day order by c.deadline, c.id")
})
public class ComplianceProcedure extends VersionedEntity {

    /** The procedures not closed yet, with their post, territory and employer (the named queries' common part). */
    static final String UNDER_WAY = "select c from ComplianceProcedure c join fetch c.post p join fetch p.territory "
            + "join fetch p.employer where c.status in :underWay";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private CooperationPost post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProcedureGround ground;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProcedureStatus status;

    @Column(nullable = false)
    private String reasons;

    @Column(nullable = false)
    private LocalDate deadline;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "opened_by", nullable = false)),
            @AttributeOverride(name = "at", column = @Column(name = "opened_at", nullable = false))
    })
    private Stamp opened;

    @Column
    private String commitment;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "answered_by")),
            @AttributeOverride(name = "at", column = @Column(name = "answered_at"))
    })
    private Stamp answered;

    @Column(name = "closing_reasons")
    private String closingReasons;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "closed_by")),
            @AttributeOverride(name = "at", column = @Column(name = "closed_at"))
    })
    private Stamp closed;

    protected ComplianceProcedure() {
        // for JPA
    }

    private ComplianceProcedure(CooperationPost post, ProcedureGround ground, String reasons, LocalDate deadline,
            Stamp opened) {
        this.post = post;
        this.ground = ground;
        this.reasons = reasons;
        this.deadline = deadline;
        this.opened = opened;
        this.status = ProcedureStatus.OPEN;
    }

    /**
     * The Caf opens a procedure on a post.
     *
     * @param previous the post's procedures so far (none may be under way)
     * @param reasons  why, required, {@link TextLimit#REASON}
     * @param deadline the day the authority's answer is due, after {@code today}
     * @param today    the day in the Gard
     * @throws DomainRuleException {@code procedure.error.ground}, {@code procedure.error.reasons},
     *                             {@code procedure.error.deadline}, {@code procedure.error.fundingEnded}
     *                             (the Caf no longer funds the post), {@code procedure.error.alreadyOpen},
     *                             or {@link TextLimit#TOO_LONG}
     */
    public static ComplianceProcedure open(CooperationPost post, Collection<ComplianceProcedure> previous,
            ProcedureGround ground, String reasons, LocalDate deadline, Stamp opened,
            LocalDate today) {
        if (ground == null) {
            throw new DomainRuleException("procedure.error.ground");
        }
        String why = TextLimit.REASON.required(reasons, "procedure.error.reasons");
        if (deadline == null || !deadline.isAfter(today)) {
            throw new DomainRuleException("procedure.error.deadline");
        }
        if (post.getFundingEndedOn() != null) {
            throw new DomainRuleException("procedure.error.fundingEnded");
        }
        if (previous.stream().anyMatch(ComplianceProcedure::underWay)) {
            throw new DomainRuleException("procedure.error.alreadyOpen");
        }
        return new ComplianceProcedure(post, ground, why, deadline, Objects.requireNonNull(opened, "opened"));
    }

    /**
     * The authority shows its commitment (again, if it wants, until the Caf concludes).
     *
     * @throws DomainRuleException {@code procedure.error.closed}, {@code procedure.error.commitment} (blank)
     *                             or {@link TextLimit#TOO_LONG}
     */
    public void answer(String commitment, Stamp answered) {
        requireUnderWay();
        this.commitment = TextLimit.REASON.required(commitment, "procedure.error.commitment");
        this.answered = answered;
        this.status = ProcedureStatus.ANSWERED;
    }

    /**
     * The Caf concludes: the post compliant, or the end of its funding from {@code today} (the post is
     * then no longer funded). Without an answer, the funding can end only after the deadline.
     *
     * @throws DomainRuleException {@code procedure.error.closed}, {@code procedure.error.closingReasons}
     *                             (blank), {@link TextLimit#TOO_LONG}, or {@code procedure.error.beforeDeadline}
     *                             (with the deadline, dd/MM/yyyy)
     */
    public void close(boolean compliant, String reasons, Stamp closed, LocalDate today) {
        requireUnderWay();
        String why = TextLimit.REASON.required(reasons, "procedure.error.closingReasons");
        if (!compliant && status == ProcedureStatus.OPEN && !lateOn(today)) {
            throw new DomainRuleException("procedure.error.beforeDeadline", DoctrineFormats.date(deadline));
        }
        this.status = compliant ? ProcedureStatus.CLOSED_COMPLIANT : ProcedureStatus.CLOSED_FUNDING_ENDED;
        this.closingReasons = why;
        this.closed = closed;
        if (!compliant) {
            post.endFunding(today);
        }
    }

    /**
     * A message of the procedure's thread, by either side (the authority's proof of its commitment, the
     * Caf's questions), while the procedure is under way. The procedure itself does not change.
     *
     * @throws DomainRuleException {@code procedure.error.closed}, {@code procedure.error.messageBody}
     *                             (blank) or {@link TextLimit#TOO_LONG}
     */
    public FileMessage message(Side side, String body, Stamp sent) {
        requireUnderWay();
        return FileMessage.onProcedure(getId(), side, TextLimit.MESSAGE.required(body, "procedure.error.messageBody"),
                sent);
    }

    /** @return true while the authority's answer is awaited (opened, not answered yet) */
    public boolean awaitsAuthority() {
        return status == ProcedureStatus.OPEN;
    }

    /** @return true when the deadline passed without an answer while the procedure is open */
    public boolean lateOn(LocalDate today) {
        return status == ProcedureStatus.OPEN && today.isAfter(deadline);
    }

    /** @return true while the procedure is not closed (open or answered) */
    public boolean underWay() {
        return !status.closed();
    }

    private void requireUnderWay() {
        if (!underWay()) {
            throw new DomainRuleException("procedure.error.closed");
        }
    }

    public CooperationPost getPost() { return post; }
    public ProcedureGround getGround() { return ground; }
    public ProcedureStatus getStatus() { return status; }
    public String getReasons() { return reasons; }
    public LocalDate getDeadline() { return deadline; }
    public Stamp getOpened() { return opened; }
    public String getCommitment() { return commitment; }
    /** @return who answered last and when, or null before an answer */
    public Stamp getAnswered() {
        return Stamp.orNull(answered);
    }
    public String getClosingReasons() { return closingReasons; }
    /** @return who closed it and when, or null while it is under way */
    public Stamp getClosed() {
        return Stamp.orNull(closed);
    }
}
