package fr.ctgportal.model.report;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.network.NetworkMeeting;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * An evaluation of a post written by the Caf: intermediate (from the territory's meetings), annual
 * (with the accepted report of the year) or end-of-term (before a renewal, with the Caf's
 * conclusion and its reasons). Written once; a new evaluation is a new record: the Caf
 * {@linkplain #written writes} an intermediate or end-of-term one, and the annual one comes with the
 * acceptance of the report ({@link AnnualReport#accept}). An intermediate one may
 * {@linkplain #cameFrom refer to the network meeting it comes from} and carry its minutes (PDF).
 */
@Entity
@Table(name = "post_evaluation")
@NamedQuery(name = "Evaluation.ofPost", query = "select e from Evaluation e where e.post = :post order by e.evaluatedOn desc, e.id desc")
@NamedQuery(name = "Evaluation.annualOfPostAndYear", query = "select e from Evaluation e where e.post = :post "
        + "and e.kind = fr.ctgportal.model.report.EvaluationKind.ANNUAL and e.reportYear = :year order by e.id desc")
@NamedQuery(name = "Evaluation.postIdsAmong", query = "select distinct e.post.id from Evaluation e where e.post in :posts")
public class Evaluation extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private CooperationPost post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationKind kind;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    /** The year of the report, for an annual evaluation. */
    @Column(name = "report_year")
    private Integer reportYear;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RenewalConclusion conclusion;

    /** The network meeting an intermediate evaluation comes from, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private NetworkMeeting meeting;

    /** The minutes of that meeting (PDF), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_document_id")
    private StoredDocument minutes;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "written_by", nullable = false, length = 100)),
            @AttributeOverride(name = "at", column = @Column(name = "written_at", nullable = false))})
    private Stamp written;

    protected Evaluation() {
        // for JPA
    }

    private Evaluation(CooperationPost post, EvaluationKind kind, LocalDate evaluatedOn, Integer reportYear,
            String text,
            RenewalConclusion conclusion, Stamp written) {
        this.post = post;
        this.kind = kind;
        this.evaluatedOn = evaluatedOn;
        this.reportYear = reportYear;
        this.text = text;
        this.conclusion = conclusion;
        this.written = written;
    }

    /**
     * The Caf writes an intermediate or an end-of-term evaluation; an end-of-term one needs the
     * conclusion (renew, renew with conditions, do not renew), the others have none (a conclusion
     * given for them is dropped).
     *
     * @param today the date of the day (Paris): an evaluation is dated today at the latest
     * @throws DomainRuleException {@code evaluation.error.kind} for an annual one (it comes with the
     *         report) or none; {@code evaluation.error.date} without a date or after today;
     *         {@code evaluation.error.conclusion} for an end-of-term one without its conclusion;
     *         {@code evaluation.error.text} if the text is blank; {@link TextLimit#TOO_LONG} if too long
     */
    public static Evaluation written(CooperationPost post, EvaluationKind kind, LocalDate evaluatedOn, String text,
            RenewalConclusion conclusion, Stamp written, LocalDate today) {
        if (kind == null || kind == EvaluationKind.ANNUAL) {
            throw new DomainRuleException("evaluation.error.kind");
        }
        if (evaluatedOn == null || evaluatedOn.isAfter(today)) {
            throw new DomainRuleException("evaluation.error.date");
        }
        boolean endOfTerm = kind == EvaluationKind.END_OF_TERM;
        if (endOfTerm && conclusion == null) {
            throw new DomainRuleException("evaluation.error.conclusion");
        }
        return new Evaluation(post, kind, evaluatedOn, null,
                TextLimit.EVALUATION.required(text, "evaluation.error.text"),
                endOfTerm ? conclusion : null, written);
    }

    /** The annual evaluation that goes with an accepted report (its text is already checked). */
    static Evaluation annual(CooperationPost post, LocalDate evaluatedOn, int reportYear, String text, Stamp written) {
        return new Evaluation(post, EvaluationKind.ANNUAL, evaluatedOn, reportYear, text, null, written);
    }

    /**
     * An intermediate evaluation refers to the network meeting it comes from, with the meeting's
     * minutes if given; called once, as it is written.
     *
     * @param meeting the meeting, or null (then no minutes)
     * @param minutes stores the minutes' PDF, or null for none; called only once the rules pass
     * @throws DomainRuleException {@code evaluation.error.meetingKind} for another kind than an
     *         intermediate one; {@code evaluation.error.minutesMeeting} for minutes without a meeting;
     *         {@code evaluation.error.meetingDate} for a meeting held after the evaluation's date
     */
    public void cameFrom(NetworkMeeting meeting, Supplier<StoredDocument> minutes) {
        if (meeting == null && minutes == null) {
            return;
        }
        if (kind != EvaluationKind.INTERMEDIATE) {
            throw new DomainRuleException("evaluation.error.meetingKind");
        }
        if (meeting == null) {
            throw new DomainRuleException("evaluation.error.minutesMeeting");
        }
        if (meeting.getHeldOn().isAfter(evaluatedOn)) {
            throw new DomainRuleException("evaluation.error.meetingDate");
        }
        this.meeting = meeting;
        this.minutes = minutes == null ? null : minutes.get();
    }

    public CooperationPost getPost() { return post; }
    /** @return the meeting it comes from, or null */
    public NetworkMeeting getMeeting() { return meeting; }
    /** @return the minutes of that meeting, or null */
    public StoredDocument getMinutes() { return minutes; }
    public EvaluationKind getKind() { return kind; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public Integer getReportYear() { return reportYear; }
    public String getText() { return text; }
    public RenewalConclusion getConclusion() { return conclusion; }
    /** @return who wrote it and when */
    public Stamp getWritten() { return written; }
}
