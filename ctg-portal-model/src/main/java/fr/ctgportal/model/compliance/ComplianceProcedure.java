package fr.ctgportal.model.compliance;

import fr.ctgportal.model.post.CooperationPost;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A compliance procedure on a post ("procédure de mise en conformité"): the Caf may at any time
 * question the reality, weighing or conformity of a post.
 *
 * <p>Lifecycle ({@link ProcedureStatus}): a Caf manager opens it with the ground, the reasons and a
 * deadline, and the authority is told; the authority's HR answers with the proof of its commitment
 * (it may answer again while the procedure is open); a Caf manager closes it, the post compliant or
 * its funding ended (the post is then no longer funded). Every step says who, when and why.
 */
@Entity
@Table(name = "compliance_procedure")
public class ComplianceProcedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column
    private String commitment;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closing_reasons")
    private String closingReasons;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ComplianceProcedure() {
        // for JPA
    }

    public ComplianceProcedure(CooperationPost post, ProcedureGround ground, String reasons, LocalDate deadline,
                               String openedBy, Instant openedAt) {
        this.post = post;
        this.ground = ground;
        this.reasons = reasons;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = ProcedureStatus.OPEN;
    }

    /** The authority shows its commitment (again, if it wants, until the Caf concludes). */
    public void answer(String commitment, String by, Instant at) {
        this.commitment = commitment;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ProcedureStatus.ANSWERED;
    }

    /** The Caf concludes: compliant, or the end of its funding. */
    public void close(boolean compliant, String reasons, String by, Instant at) {
        this.status = compliant ? ProcedureStatus.CLOSED_COMPLIANT : ProcedureStatus.CLOSED_FUNDING_ENDED;
        this.closingReasons = reasons;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** @return true when the deadline passed without an answer while the procedure is open */
    public boolean lateOn(LocalDate today) {
        return status == ProcedureStatus.OPEN && today.isAfter(deadline);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CooperationPost getPost() { return post; }
    public ProcedureGround getGround() { return ground; }
    public ProcedureStatus getStatus() { return status; }
    public String getReasons() { return reasons; }
    public LocalDate getDeadline() { return deadline; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getCommitment() { return commitment; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getClosingReasons() { return closingReasons; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
}
