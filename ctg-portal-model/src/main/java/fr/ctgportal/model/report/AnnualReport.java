package fr.ctgportal.model.report;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedNativeQueries;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The annual activity report of a cooperation officer, on the Cnaf's indicators (one per post and
 * year).
 *
 * <p>Lifecycle ({@link ReportStatus}): the officer {@linkplain #open opens} it for last year or this
 * year and fills it as a {@link ReportStatus#DRAFT draft} ({@link #saveDraft}: every indicator of
 * the frame edition it was opened on, a free text per function; {@link #attach PDF attachments}),
 * then {@linkplain #submit submits} it once complete ({@link ReportStatus#SUBMITTED}). The
 * employer's HR adds {@linkplain #remark remarks} once it is sent and until it is accepted. The Caf
 * {@linkplain #accept accepts} it with the post's annual evaluation, which locks it
 * ({@link ReportStatus#ACCEPTED}), or {@linkplain #askAdditions asks for additions} with a comment
 * ({@link ReportStatus#TO_COMPLETE}); the officer completes it and submits it again. Each refusal
 * is a {@link DomainRuleException} carrying the key of its French message.
 *
 * <p>A report belongs to its post and records the officer who wrote it (the post's officer history),
 * not whoever holds the officer's account today: when the post becomes vacant its reports stay
 * with the employer and the Caf; a draft is {@linkplain #handOver handed over} to the post's next
 * officer, or finished by the employer's HR while the post has no officer ({@code submittedBy} says
 * who sent it). Every request for additions is kept ({@link #getAdditionsRequests}).
 */
@Entity
@Table(name = "annual_report")
@NamedQueries({
        @NamedQuery(name = "AnnualReport.ofPostAndYear", query = "select r from AnnualReport r where r.post = :post and r.year = :year"),
        // The lists: one line per post and year, without the answers.
        @NamedQuery(name = "AnnualReport.linesOfPosts", query = "select r.post.id, r.year, r.id, r.status, r.dueDate, "
                + "r.officerUsername from AnnualReport r where r.post in :posts and r.year in :years"),
        @NamedQuery(name = "AnnualReport.postIdsWithStatusInYear", query = "select r.post.id from AnnualReport r "
                + "where r.year = :year and r.status in :statuses"),
        @NamedQuery(name = "AnnualReport.sentOfPostsInYear", query = "select r from AnnualReport r join fetch r.post p "
                + "join fetch p.territory join fetch p.employer where r.post in :posts and r.year = :year "
                + "and r.status <> fr.ctgportal.model.report.ReportStatus.DRAFT order by p.territory.name, p.id"),
        @NamedQuery(name = "AnnualReport.inTerritoryWithStatus", query = "select r from AnnualReport r join fetch r.post p "
                + "where p.territory = :territory and r.status in :statuses order by r.year"),
        // Work queues (issue 14): one query per kind of work.
        @NamedQuery(name = "AnnualReport.workWithStatus", query = "select r.id, p.id, p.cafReference, p.title, p.holderName, "
                + "e.name, r.dueDate, r.status, r.year from AnnualReport r join r.post p join p.employer e "
                + "where r.status in :statuses and (e.id in :authorities or p.territory.id in :territories)")
})
// The frame's reference tables (read once per edition, no entity) and the reminders' idempotent log.
@NamedNativeQueries({
        @NamedNativeQuery(name = "AnnualReport.frameIndicators", query = "select code, function_code, kind, answer_type, "
                + "lead_only, wording from indicator where edition = ? order by function_code, position"),
        @NamedNativeQuery(name = "AnnualReport.frameFunctions", query = "select code, objective_number, objective_label, "
                + "label, actions from indicator_function where edition = ? order by position"),
        @NamedNativeQuery(name = "AnnualReport.recordReminder", query = "insert ignore into report_reminder (post_id, report_year, kind, sent_at) values (?, ?, ?, ?)")
})
public class AnnualReport extends VersionedEntity {

    /** The largest count an indicator accepts. */
    public static final int MAX_COUNT = 100_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private CooperationPost post;

    /** The officer who wrote it last (the post's officer history). */
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

    /** Who sent it last: its officer, or the employer's HR for a post without officer. */
    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

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
    @JoinTable(name = "report_attachment", joinColumns = @JoinColumn(name = "report_id"), inverseJoinColumns = @JoinColumn(name = "document_id"))
    private List<StoredDocument> attachments = new ArrayList<>();

    @Column(name = "employer_remarks")
    private String employerRemarks;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "by", column = @Column(name = "employer_by", length = 100)),
            @AttributeOverride(name = "at", column = @Column(name = "employer_at"))})
    private Stamp remarked;

    @Column(name = "caf_comment")
    private String cafComment;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "by", column = @Column(name = "caf_by", length = 100)),
            @AttributeOverride(name = "at", column = @Column(name = "caf_at"))})
    private Stamp additionsAsked;

    /** Every request for additions, oldest first (the last one is also {@code cafComment}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_additions_request", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<AdditionsRequest> additionsRequests = new ArrayList<>();

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "by", column = @Column(name = "accepted_by", length = 100)),
            @AttributeOverride(name = "at", column = @Column(name = "accepted_at"))})
    private Stamp accepted;

    protected AnnualReport() {
        // for JPA
    }

    private AnnualReport(CooperationPost post, String officerUsername, int year, String edition, boolean ctgLead,
            LocalDate dueDate) {
        this.post = post;
        this.officerUsername = officerUsername;
        this.year = year;
        this.edition = edition;
        this.ctgLead = ctgLead;
        this.dueDate = dueDate;
        this.status = ReportStatus.DRAFT;
    }

    /**
     * The officer opens the report of a year, as a draft on the current frame edition.
     *
     * @param officer the officer's login (the holder of the post)
     * @param dueDate when the Caf expects it
     * @param today   the date of the day (Paris)
     * @throws DomainRuleException {@code report.error.year} unless the year is last year or this year
     */
    public static AnnualReport open(CooperationPost post, String officer, int year, boolean ctgLead, LocalDate dueDate,
            LocalDate today) {
        if (!openableYears(today).contains(year)) {
            throw new DomainRuleException("report.error.year", String.valueOf(today.getYear() - 1),
                    String.valueOf(today.getYear()));
        }
        return new AnnualReport(post, officer, year, IndicatorFrame.CURRENT_EDITION, ctgLead, dueDate);
    }

    /**
     * Whether the post owes a report of that year, opened or not: the Caf funded it during the year
     * (its funding was neither ended nor suspended before the year began, nor refused after an
     * unfavourable opinion), whether it has an officer today or not.
     */
    public static boolean expectedOf(CooperationPost post, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return !post.isUnfundedByOpinion() && fundedOn(post.getFundingEndedOn(), start)
                && fundedOn(post.getFundingSuspendedOn(), start);
    }

    private static boolean fundedOn(LocalDate stoppedOn, LocalDate yearStart) {
        return stoppedOn == null || stoppedOn.isAfter(yearStart);
    }

    /** @return the years whose report may be opened on this day: last year and this year */
    public static List<Integer> openableYears(LocalDate today) {
        return List.of(today.getYear() - 1, today.getYear());
    }

    /**
     * Replaces the draft's content with what the officer typed: texts are stripped, empty answers
     * and blank function texts are dropped.
     *
     * @param frame         the report's edition of the frame
     * @param typed         one answer per indicator at most, as typed
     * @param typedTexts    the free text per function code, as typed
     * @return how many answers are kept
     * @throws DomainRuleException {@code report.error.locked} unless the officer may still change it;
     *         {@code report.error.unknownIndicator} for an indicator or function not asked of this
     *         officer, or one given twice; {@code report.error.count} for a count outside 0 to
     *         {@link #MAX_COUNT}; {@code report.error.textTooLong} for a text over {@link TextLimit#ANSWER}
     */
    public int saveDraft(IndicatorFrame frame, List<ReportAnswer> typed, Map<String, String> typedTexts, Instant at) {
        requireEditable();
        List<ReportAnswer> kept = checkedAnswers(frame, typed);
        Set<String> functions = frame.functions().stream().map(FrameFunction::code).collect(Collectors.toSet());
        for (Map.Entry<String, String> t : typedTexts.entrySet()) {
            if (!functions.contains(t.getKey())) {
                throw new DomainRuleException("report.error.unknownIndicator");
            }
            checked(t.getKey(), t.getValue());
        }
        savedAt = at;
        answers.clear();
        answers.addAll(kept);
        functionTexts.clear();
        typedTexts.forEach((code, text) -> {
            String stored = checked(code, text);
            if (stored != null) {
                functionTexts.put(code, stored);
            }
        });
        return kept.size();
    }

    private List<ReportAnswer> checkedAnswers(IndicatorFrame frame, List<ReportAnswer> typed) {
        Map<String, FrameIndicator> asked = frame.indicators().stream().filter(i -> ctgLead || !i.leadOnly())
                .collect(Collectors.toMap(FrameIndicator::code, Function.identity()));
        Set<String> seen = new HashSet<>();
        if (!typed.stream().allMatch(a -> seen.add(a.getIndicatorCode()))) {
            throw new DomainRuleException("report.error.unknownIndicator");
        }
        List<ReportAnswer> kept = new ArrayList<>();
        for (ReportAnswer a : typed) {
            FrameIndicator indicator = asked.get(a.getIndicatorCode());
            if (indicator == null) {
                throw new DomainRuleException("report.error.unknownIndicator");
            }
            Integer count = a.getCountValue();
            if (count != null && (count < 0 || count > MAX_COUNT)) {
                // "100 000", as a French reader writes it (no-break space)
                throw new DomainRuleException("report.error.count", indicator.code(),
                        String.format(Locale.FRANCE, "%,d", MAX_COUNT).replace('\u202f', '\u00a0'));
            }
            String text = checked(indicator.code(), a.getTextValue());
            if (count != null || text != null) {
                kept.add(new ReportAnswer(indicator.code(), count, text));
            }
        }
        return kept;
    }

    /**
     * An answer's text as stored ({@link TextLimit#ANSWER}); the report's own message names the
     * indicator or function whose text is too long, since the form has many.
     */
    private static String checked(String code, String text) {
        try {
            return TextLimit.ANSWER.optional(text);
        } catch (DomainRuleException e) {
            if (TextLimit.TOO_LONG.equals(e.getMessageKey())) {
                throw new DomainRuleException("report.error.textTooLong", code, TextLimit.ANSWER.max(),
                        TextLimit.length(text));
            }
            throw e;
        }
    }

    /**
     * Attaches a PDF to the draft.
     *
     * @param document stores the document, called only once the report accepts it (nothing is stored for a refusal)
     * @throws DomainRuleException {@code report.error.locked} unless the officer may still change it
     */
    public void attach(Supplier<StoredDocument> document, Instant at) {
        requireEditable();
        attachments.add(document.get());
        savedAt = at;
    }

    /**
     * The post's next officer takes over the draft its previous officer (or the employer's HR) started:
     * from now on the report is theirs.
     *
     * @param officer the login of the officer now holding the post
     * @return whether the report changed hands
     * @throws DomainRuleException {@code report.error.locked} unless it may still be changed
     */
    public boolean handOver(String officer) {
        requireEditable();
        if (officer.equals(officerUsername)) {
            return false;
        }
        officerUsername = officer;
        return true;
    }

    /**
     * Sends the report to the Caf (again, after additions were asked).
     *
     * @param stamp who sends it (its officer, or the employer's HR for a post without officer) and when
     * @throws DomainRuleException {@code report.error.locked} unless the officer may still change it;
     *         {@code report.error.missing} with the missing codes while it is incomplete
     */
    public void submit(IndicatorFrame frame, Stamp stamp) {
        requireEditable();
        List<String> missing = missing(frame);
        if (!missing.isEmpty()) {
            throw new DomainRuleException("report.error.missing", String.join(", ", missing));
        }
        status = ReportStatus.SUBMITTED;
        submittedAt = stamp.at();
        submittedBy = stamp.by();
    }

    /** @return what the officer must still fill before submitting (see {@link IndicatorFrame#missing}) */
    public List<String> missing(IndicatorFrame frame) {
        return frame.missing(answersByCode(), functionTexts, ctgLead);
    }

    /**
     * The employer's HR adds (or replaces) its remarks on a report sent and not yet accepted.
     *
     * @throws DomainRuleException {@code report.error.remarkState} on a draft or an accepted report;
     *         {@code report.error.remarks} if blank; {@link TextLimit#TOO_LONG} if too long
     */
    public void remark(String remarks, Stamp stamp) {
        if (status == ReportStatus.DRAFT || status == ReportStatus.ACCEPTED) {
            throw new DomainRuleException("report.error.remarkState");
        }
        employerRemarks = TextLimit.ANSWER.required(remarks, "report.error.remarks");
        remarked = stamp;
    }

    /**
     * The Caf sends the report back to the officer with the additions it expects.
     *
     * @throws DomainRuleException {@code report.error.notSubmitted} unless it awaits the Caf;
     *         {@code report.error.comment} if blank; {@link TextLimit#TOO_LONG} if too long
     */
    public void askAdditions(String comment, Stamp stamp) {
        requireSubmitted();
        cafComment = TextLimit.EVALUATION.required(comment, "report.error.comment");
        status = ReportStatus.TO_COMPLETE;
        additionsAsked = stamp;
        additionsRequests.add(new AdditionsRequest(cafComment, stamp));
    }

    /**
     * The Caf accepts the report, which locks it, with the post's annual evaluation.
     *
     * @param evaluation the annual evaluation's text
     * @param today      the date of the evaluation (Paris)
     * @return the annual evaluation of the post, to store
     * @throws DomainRuleException {@code report.error.notSubmitted} unless it awaits the Caf;
     *         {@code report.error.evaluation} if the evaluation is blank; {@link TextLimit#TOO_LONG} if too long
     */
    public Evaluation accept(String evaluation, Stamp stamp, LocalDate today) {
        requireSubmitted();
        String text = TextLimit.EVALUATION.required(evaluation, "report.error.evaluation");
        status = ReportStatus.ACCEPTED;
        accepted = stamp;
        return Evaluation.annual(post, today, year, text, stamp);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new DomainRuleException("report.error.locked");
        }
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new DomainRuleException("report.error.notSubmitted");
        }
    }

    /** @return whether the Caf sees it: once sent (a draft is the officer's and the employer's) */
    public boolean sentToCaf() {
        return status != ReportStatus.DRAFT;
    }

    /** @return the answers by indicator code */
    public Map<String, ReportAnswer> answersByCode() {
        return answers.stream()
                .collect(Collectors.toMap(ReportAnswer::getIndicatorCode, Function.identity(), (a, b) -> b));
    }

    /** @return true when the due date passed and the report is not with the Caf (a draft, or additions asked) */
    public boolean lateOn(LocalDate today) {
        return late(status, dueDate, today);
    }

    /** @see #lateOn */
    public static boolean late(ReportStatus status, LocalDate dueDate, LocalDate today) {
        return status.editable() && today.isAfter(dueDate);
    }

    public CooperationPost getPost() { return post; }
    public String getOfficerUsername() { return officerUsername; }
    public int getYear() { return year; }
    public String getEdition() { return edition; }
    public boolean isCtgLead() { return ctgLead; }
    public ReportStatus getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public Instant getSubmittedAt() { return submittedAt; }
    /** @return who sent it last, or null while it was never sent */
    public String getSubmittedBy() {
        return submittedBy;
    }
    /** @return every request for additions, oldest first */
    public List<AdditionsRequest> getAdditionsRequests() {
        return List.copyOf(additionsRequests);
    }
    public Map<String, String> getFunctionTexts() { return Map.copyOf(functionTexts); }
    public List<StoredDocument> getAttachments() { return List.copyOf(attachments); }
    public String getEmployerRemarks() { return employerRemarks; }
    /** @return who added the employer's remarks and when, or null */
    public Stamp getRemarked() {
        return Stamp.orNull(remarked);
    }
    public String getCafComment() { return cafComment; }
    /** @return who asked for additions last and when, or null */
    public Stamp getAdditionsAsked() {
        return Stamp.orNull(additionsAsked);
    }
    /** @return who accepted it and when, or null */
    public Stamp getAccepted() { return Stamp.orNull(accepted); }
}
