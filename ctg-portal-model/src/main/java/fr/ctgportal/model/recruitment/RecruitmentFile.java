package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A recruitment file: how an authority recruits the holder of a Caf-funded cooperation post with
 * the Caf, as the doctrine requires ("Recruitment during an agreement").
 *
 * <p>Lifecycle ({@link RecruitmentStage}): the authority opens the file for one of its posts (a
 * replacement) or for a new post, writes the job description after the national reference and
 * submits it; the Caf reviews it item by item and agrees it or asks for changes, and each revision
 * is a new {@link JobDescription} version. Once agreed, the authority shortlists
 * {@link Candidate}s and proposes its chosen one; the Caf gives its {@link CandidateOpinion}, which
 * a manager may countersign. The authority then completes the recruitment with the holder's start
 * date (after an unfavourable opinion only by acknowledging that the post will not be funded), or
 * abandons the file at any open stage. While the Caf has to answer, the file has a due date.
 * Candidates' personal data are erased a while after the file is closed; the decisions stay.
 */
@Entity
@Table(name = "recruitment_file")
public class RecruitmentFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecruitmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RecruitmentStage stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private Authority authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    /** The post recruited for; for a new post, set when the recruitment is completed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private CooperationPost post;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "reminder_before_for")
    private LocalDate reminderBeforeFor;

    @Column(name = "reminder_due_for")
    private LocalDate reminderDueFor;

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<JobDescription> descriptions = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Candidate> candidates = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chosen_candidate_id")
    private Candidate chosenCandidate;

    @Column(name = "choice_reasons")
    private String choiceReasons;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CandidateOpinion opinion;

    @Column(name = "opinion_reasons")
    private String opinionReasons;

    @Column(name = "opinion_by", length = 100)
    private String opinionBy;

    @Column(name = "opinion_at")
    private Instant opinionAt;

    @Column(name = "countersigned_by", length = 100)
    private String countersignedBy;

    @Column(name = "countersigned_at")
    private Instant countersignedAt;

    @Column(name = "holder_start_date")
    private LocalDate holderStartDate;

    @Column(name = "unfunded_acknowledged", nullable = false)
    private boolean unfundedAcknowledged;

    @Column(name = "abandon_reason")
    private String abandonReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    protected RecruitmentFile() {
        // for JPA
    }

    /** Opens a file for an existing post of the authority: its holder is replaced. */
    public static RecruitmentFile forReplacement(CooperationPost post, String by, Instant at) {
        return new RecruitmentFile(RecruitmentKind.REPLACEMENT, post.getEmployer(), post.getTerritory(), post,
                post.getTitle(), by, at);
    }

    /** Opens a file for a post the authority creates ("développement de poste"). */
    public static RecruitmentFile forNewPost(Authority authority, String title, String by, Instant at) {
        return new RecruitmentFile(RecruitmentKind.NEW_POST, authority, authority.getTerritory(), null, title, by, at);
    }

    private RecruitmentFile(RecruitmentKind kind, Authority authority, Territory territory, CooperationPost post,
                            String title, String by, Instant at) {
        this.kind = kind;
        this.stage = RecruitmentStage.DRAFT;
        this.authority = authority;
        this.territory = territory;
        this.post = post;
        this.title = title;
        this.openedBy = by;
        this.openedAt = at;
        descriptions.add(new JobDescription(this, 1, JobDescriptionContent.empty(), null, by, at));
    }

    /**
     * Saves the authority's job description: the working version is rewritten, or a new version
     * starts when the latest one was submitted.
     */
    public JobDescription saveDescription(JobDescriptionContent content, String by, Instant at) {
        require(RecruitmentAction.EDIT_DESCRIPTION);
        JobDescription latest = latestDescription();
        if (latest.isSubmitted()) {
            JobDescription next = new JobDescription(this, latest.getNumber() + 1, content, latest.getDocument(), by, at);
            descriptions.add(next);
            return next;
        }
        latest.write(content, by, at);
        return latest;
    }

    public void attachDescriptionDocument(StoredDocument document) {
        require(RecruitmentAction.EDIT_DESCRIPTION);
        JobDescription latest = latestDescription();
        if (latest.isSubmitted()) {
            throw new IllegalStateException("save the description first");
        }
        latest.attach(document);
    }

    public void submitDescription(String by, Instant at, LocalDate due) {
        require(RecruitmentAction.SUBMIT_DESCRIPTION);
        JobDescription latest = latestDescription();
        if (latest.isSubmitted()) {
            throw new IllegalStateException("nothing revised since the last submission");
        }
        latest.submit(by, at);
        stage = RecruitmentStage.DESCRIPTION_SUBMITTED;
        awaitCaf(due);
    }

    public void reviewDescription(ReviewOutcome outcome, List<ItemReview> items, String by, Instant at) {
        require(RecruitmentAction.REVIEW_DESCRIPTION);
        latestDescription().review(outcome, items, by, at);
        stage = outcome == ReviewOutcome.AGREED ? RecruitmentStage.DESCRIPTION_AGREED
                : RecruitmentStage.DESCRIPTION_TO_REVISE;
        dueDate = null;
    }

    public Candidate addCandidate(String fullName, Qualification qualification, String diploma,
                                  EmploymentFramework framework, String currentSituation, StoredDocument cv,
                                  String by, Instant at) {
        require(RecruitmentAction.ADD_CANDIDATE);
        Candidate candidate = new Candidate(this, fullName, qualification, diploma, framework, currentSituation, cv,
                by, at);
        candidates.add(candidate);
        return candidate;
    }

    public void proposeCandidate(Candidate candidate, String reasons, LocalDate due) {
        require(RecruitmentAction.PROPOSE_CANDIDATE);
        if (!candidates.contains(candidate)) {
            throw new IllegalArgumentException("not a candidate of this file");
        }
        chosenCandidate = candidate;
        choiceReasons = reasons;
        // Another candidate after a reserved or unfavourable opinion: that opinion stays in the timeline.
        opinion = null;
        opinionReasons = null;
        opinionBy = null;
        opinionAt = null;
        countersignedBy = null;
        countersignedAt = null;
        stage = RecruitmentStage.CANDIDATE_PROPOSED;
        awaitCaf(due);
    }

    public void giveOpinion(CandidateOpinion given, String reasons, String by, Instant at) {
        require(RecruitmentAction.GIVE_OPINION);
        opinion = given;
        opinionReasons = reasons;
        opinionBy = by;
        opinionAt = at;
        stage = RecruitmentStage.OPINION_GIVEN;
        dueDate = null;
    }

    public void countersign(String by, Instant at) {
        require(RecruitmentAction.COUNTERSIGN);
        if (countersignedAt != null) {
            throw new IllegalStateException("already countersigned");
        }
        countersignedBy = by;
        countersignedAt = at;
    }

    /**
     * Completes the recruitment. After an unfavourable opinion the authority must acknowledge that
     * the post will not be funded.
     */
    public void complete(LocalDate startDate, boolean acknowledgedUnfunded, Instant at) {
        require(RecruitmentAction.COMPLETE);
        if (opinion == CandidateOpinion.UNFAVOURABLE && !acknowledgedUnfunded) {
            throw new IllegalStateException("an unfavourable opinion must be acknowledged");
        }
        holderStartDate = startDate;
        unfundedAcknowledged = opinion == CandidateOpinion.UNFAVOURABLE;
        stage = RecruitmentStage.COMPLETED;
        closedAt = at;
    }

    /** The post created by the completion of a new-post recruitment. */
    public void createdPost(CooperationPost created) {
        if (kind != RecruitmentKind.NEW_POST || post != null) {
            throw new IllegalStateException("the file already has its post");
        }
        post = created;
    }

    public void abandon(String reason, Instant at) {
        require(RecruitmentAction.ABANDON);
        abandonReason = reason;
        stage = RecruitmentStage.ABANDONED;
        dueDate = null;
        closedAt = at;
    }

    /**
     * Erases the candidates' personal data and the authority's reasons for its choice, keeping the
     * Caf's opinion and the stage.
     *
     * @return the CVs to delete
     */
    public List<StoredDocument> erasePersonalData(Instant at) {
        if (!stage.isClosed()) {
            throw new IllegalStateException("the file is open");
        }
        List<StoredDocument> cvs = new ArrayList<>();
        for (Candidate candidate : candidates) {
            StoredDocument cv = candidate.erase();
            if (cv != null) {
                cvs.add(cv);
            }
        }
        choiceReasons = null;
        personalDataErasedAt = at;
        return cvs;
    }

    public boolean isLate(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate);
    }

    public JobDescription latestDescription() {
        return descriptions.get(descriptions.size() - 1);
    }

    private void awaitCaf(LocalDate due) {
        dueDate = due;
    }

    /**
     * Whether the action is open at the file's stage. After a favourable opinion the candidate is
     * settled; after a reserved or unfavourable one the authority may still choose another.
     */
    public boolean allows(RecruitmentAction action) {
        boolean anotherCandidate = action == RecruitmentAction.ADD_CANDIDATE || action == RecruitmentAction.PROPOSE_CANDIDATE;
        return action.allowedAt(stage)
                && !(anotherCandidate && stage == RecruitmentStage.OPINION_GIVEN && opinion == CandidateOpinion.FAVOURABLE);
    }

    private void require(RecruitmentAction action) {
        if (!allows(action)) {
            throw new IllegalStateException(action + " is not allowed at " + stage);
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public RecruitmentKind getKind() { return kind; }
    public RecruitmentStage getStage() { return stage; }
    public Authority getAuthority() { return authority; }
    public Territory getTerritory() { return territory; }
    public CooperationPost getPost() { return post; }
    public String getTitle() { return title; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getReminderBeforeFor() { return reminderBeforeFor; }
    public LocalDate getReminderDueFor() { return reminderDueFor; }
    public List<JobDescription> getDescriptions() { return List.copyOf(descriptions); }
    public List<Candidate> getCandidates() { return List.copyOf(candidates); }
    public Candidate getChosenCandidate() { return chosenCandidate; }
    public String getChoiceReasons() { return choiceReasons; }
    public CandidateOpinion getOpinion() { return opinion; }
    public String getOpinionReasons() { return opinionReasons; }
    public String getOpinionBy() { return opinionBy; }
    public Instant getOpinionAt() { return opinionAt; }
    public String getCountersignedBy() { return countersignedBy; }
    public Instant getCountersignedAt() { return countersignedAt; }
    public LocalDate getHolderStartDate() { return holderStartDate; }
    public boolean isUnfundedAcknowledged() { return unfundedAcknowledged; }
    public String getAbandonReason() { return abandonReason; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getPersonalDataErasedAt() { return personalDataErasedAt; }
}
