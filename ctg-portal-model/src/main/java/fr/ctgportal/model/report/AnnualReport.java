package fr.ctgportal.model.report;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.post.CooperationPost;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual activity report of a cooperation officer, on the Cnaf's indicators (one per post and
 * year).
 *
 * <p>Lifecycle ({@link ReportStatus}): the officer opens it for a year and fills it as a draft
 * (every indicator of the frame edition it was opened on, a free text per function, PDF
 * attachments), then submits it once complete. The employer's HR adds remarks. The Caf advisor
 * accepts it, which locks it, or asks for additions with a comment; the officer completes it and
 * submits it again.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private CooperationPost post;

    @Column(name = "officer_username", nullable = false, length = 100)
    private String officerUsername;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 20)
    private String edition;

    /** Whether the officer led the Ctg project that year: the lead-only indicators are asked. */
    @Column(name = "ctg_lead", nullable = false)
    private boolean ctgLead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Last change of the content: a column, so that the version moves with the collections. */
    @Column(name = "saved_at")
    private Instant savedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_answer", joinColumns = @JoinColumn(name = "report_id"))
    private List<ReportAnswer> answers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_function_text", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "function_code", length = 10)
    @Column(name = "text_value", nullable = false)
    private Map<String, String> functionTexts = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "report_attachment", joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    private List<StoredDocument> attachments = new ArrayList<>();

    @Column(name = "employer_remarks")
    private String employerRemarks;

    @Column(name = "employer_by", length = 100)
    private String employerBy;

    @Column(name = "employer_at")
    private Instant employerAt;

    @Column(name = "caf_comment")
    private String cafComment;

    @Column(name = "caf_by", length = 100)
    private String cafBy;

    @Column(name = "caf_at")
    private Instant cafAt;

    @Column(name = "accepted_by", length = 100)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected AnnualReport() {
        // for JPA
    }

    public AnnualReport(CooperationPost post, String officerUsername, int year, String edition, boolean ctgLead,
                        LocalDate dueDate) {
        this.post = post;
        this.officerUsername = officerUsername;
        this.year = year;
        this.edition = edition;
        this.ctgLead = ctgLead;
        this.dueDate = dueDate;
        this.status = ReportStatus.DRAFT;
    }

    /** Replaces the draft's content (blank texts are dropped). */
    public void saveDraft(List<ReportAnswer> newAnswers, Map<String, String> newTexts, Instant at) {
        savedAt = at;
        answers.clear();
        answers.addAll(newAnswers);
        functionTexts.clear();
        newTexts.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                functionTexts.put(code, text.strip());
            }
        });
    }

    public void attach(StoredDocument document, Instant at) {
        savedAt = at;
        attachments.add(document);
    }

    public void submit(Instant at) {
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
    }

    public void remark(String remarks, String by, Instant at) {
        employerRemarks = remarks;
        employerBy = by;
        employerAt = at;
    }

    public void askAdditions(String comment, String by, Instant at) {
        status = ReportStatus.TO_COMPLETE;
        cafComment = comment;
        cafBy = by;
        cafAt = at;
    }

    public void accept(String by, Instant at) {
        status = ReportStatus.ACCEPTED;
        acceptedBy = by;
        acceptedAt = at;
    }

    /** @return the answers by indicator code */
    public Map<String, ReportAnswer> answersByCode() {
        return answers.stream().collect(Collectors.toMap(ReportAnswer::getIndicatorCode, Function.identity(), (a, b) -> b));
    }

    /** @return true when the due date passed and the report is not with the Caf (a draft, or additions asked) */
    public boolean lateOn(LocalDate today) {
        return late(status, dueDate, today);
    }

    /** @see #lateOn */
    public static boolean late(ReportStatus status, LocalDate dueDate, LocalDate today) {
        return status.editable() && today.isAfter(dueDate);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CooperationPost getPost() { return post; }
    public String getOfficerUsername() { return officerUsername; }
    public int getYear() { return year; }
    public String getEdition() { return edition; }
    public boolean isCtgLead() { return ctgLead; }
    public ReportStatus getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Map<String, String> getFunctionTexts() { return Map.copyOf(functionTexts); }
    public List<StoredDocument> getAttachments() { return List.copyOf(attachments); }
    public String getEmployerRemarks() { return employerRemarks; }
    public String getEmployerBy() { return employerBy; }
    public Instant getEmployerAt() { return employerAt; }
    public String getCafComment() { return cafComment; }
    public String getCafBy() { return cafBy; }
    public Instant getCafAt() { return cafAt; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return acceptedAt; }
}
