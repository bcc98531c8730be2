package fr.ctgportal.model.report;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation of a post written by the Caf: intermediate (from the territory's meetings), annual
 * (with the accepted report of the year) or end-of-term (before a renewal, with the Caf's
 * conclusion and its reasons). Written once; a new evaluation is a new record.
 */
@Entity
@Table(name = "post_evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Evaluation() {
        // for JPA
    }

    public Evaluation(CooperationPost post, EvaluationKind kind, LocalDate evaluatedOn, Integer reportYear, String text,
                      RenewalConclusion conclusion, String writtenBy, Instant writtenAt) {
        this.post = post;
        this.kind = kind;
        this.evaluatedOn = evaluatedOn;
        this.reportYear = reportYear;
        this.text = text;
        this.conclusion = conclusion;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public CooperationPost getPost() { return post; }
    public EvaluationKind getKind() { return kind; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public Integer getReportYear() { return reportYear; }
    public String getText() { return text; }
    public RenewalConclusion getConclusion() { return conclusion; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
}
