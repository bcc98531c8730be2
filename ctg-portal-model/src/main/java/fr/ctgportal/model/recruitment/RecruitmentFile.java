package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recruitment file: how an authority recruits the holder of a Caf-funded cooperation post with
 * the Caf, as the doctrine requires ("Recruitment during an agreement").
 *
 * <p>Lifecycle ({@link RecruitmentStage}, actions in {@link RecruitmentAction}): the authority opens
 * the file for one of its posts (a replacement) or for a new post, writes the job description after
 * the national reference and submits it; the Caf reviews it item by item and agrees it or asks for
 * changes, and each revision is a new {@link JobDescription} version (a version must be revised
 * before it is submitted again). Once agreed, the authority shortlists {@link Candidate}s and
 * proposes its chosen one (never the same one twice in a row); the Caf gives its {@link CafOpinion}
 * (kept by the candidate too, so that every opinion stays visible after another one is proposed),
 * which a manager other than its author may countersign once. The authority then completes the
 * recruitment with the holder's start date (after an unfavourable opinion only by acknowledging that
 * the post will not be funded), or abandons the file at any open stage. While the Caf has to
 * answer, the file has a due date. Candidates' personal data are erased a while after the file is
 * closed; the decisions stay.
 *
 * <p>Each refusal is a {@link DomainRuleException} with the key of its message
 * ({@code recruitment.error.*}).
 */
@Entity
@Table(name = "recruitment_file")
@NamedQuery(name = "RecruitmentFile.openForPost", query = "select f.id from RecruitmentFile f "
        + "where f.post = :post and f.stage not in :closed")
@NamedQuery(name = "RecruitmentFile.openForNewPost", query = "select f.id from RecruitmentFile f "
        + "where f.authority = :authority and f.kind = :kind and f.title = :title and f.stage not in :closed")
@NamedQuery(name = "RecruitmentFile.awaitingCaf", query = "select f.id from RecruitmentFile f "
        + "where f.dueDate is not null and f.stage in :stages")
@NamedQuery(name = "RecruitmentFile.pastRetention", query = "select f.id from RecruitmentFile f "
        + "where f.closedAt is not null and f.closedAt < :before and f.personalDataErasedAt is null")
// Work queues (issue 14): one query per kind of work, post reference, title, holder and employer in the row.
@NamedQuery(name = "RecruitmentFile.workAtStages", query = "select f.id, p.id, p.cafReference, f.title, p.holderName, "
        + "a.name, f.dueDate, f.stage from RecruitmentFile f left join f.post p join f.authority a "
        + "where f.stage in :stages and (a.id in :authorities or f.territory.id in :territories)")
@NamedQuery(name = "RecruitmentFile.opinionsNotCountersigned", query = "select f.id, p.id, p.cafReference, f.title, "
        + "p.holderName, a.name, f.opinion.given.at, f.opinion.given.by from RecruitmentFile f left join f.post p "
        + "join f.authority a where f.stage in :stages and f.opinion.verdict is not null "
        + "and f.opinion.countersigned.at is null and f.territory.id in :territories")
// SQL rather than JPQL: EclipseLink's bulk JPQL updates raise the version too.
@NamedNativeQuery(name = "RecruitmentFile.markReminderBefore", query = "update recruitment_file set reminder_before_for = ? where id = ?")
@NamedNativeQuery(name = "RecruitmentFile.markReminderDue", query = "update recruitment_file set reminder_due_for = ? where id = ?")
public class RecruitmentFile extends VersionedEntity {

    /** The reminders the Caf gets of its due date: once in the days before, once from the date on. */
    public enum Reminder {
        BEFORE, DUE
    }

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

    /** The post recruited for; for a new post, created (and saved with the file) when the recruitment is completed. */
    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "post_id")
    private CooperationPost post;

    @Column(nullable = false, length = 150)
    private String title;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "opened_by"))
    @AttributeOverride(name = "at", column = @Column(name = "opened_at"))
    private Stamp opened;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "reminder_before_for")
    private LocalDate reminderBeforeFor;

    @Column(name = "reminder_due_for")
    private LocalDate reminderDueFor;

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<JobDescription> descriptions = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("id")
    private List<Candidate> candidates = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chosen_candidate_id")
    private Candidate chosenCandidate;

    @Column(name = "choice_reasons")
    private String choiceReasons;

    @Embedded
    private CafOpinion opinion;

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
    public static RecruitmentFile forReplacement(CooperationPost post, Stamp opened) {
        return new RecruitmentFile(RecruitmentKind.REPLACEMENT, post.getEmployer(), post.getTerritory(), post,
                post.getTitle(), opened);
    }

    /**
     * Opens a file for a post the authority creates ("développement de poste").
     *
     * @param title checked by {@link #newPostTitle(String)}
     */
    public static RecruitmentFile forNewPost(Authority authority, String title, Stamp opened) {
        return new RecruitmentFile(RecruitmentKind.NEW_POST, authority, authority.getTerritory(), null,
                newPostTitle(title), opened);
    }

    /**
     * The title of a new post as stored.
     *
     * @return the stripped title
     * @throws DomainRuleException {@code recruitment.error.title} if blank or too long, or as {@link TextLimit#NAME}
     */
    public static String newPostTitle(String title) {
        // One message for a missing or an over-long title: it states the limit.
        if (title == null || title.isBlank() || TextLimit.length(title.strip()) > TextLimit.NAME.max()) {
            throw new DomainRuleException("recruitment.error.title");
        }
        return TextLimit.NAME.optional(title);
    }

    private RecruitmentFile(RecruitmentKind kind, Authority authority, Territory territory, CooperationPost post,
            String title, Stamp opened) {
        this.kind = kind;
        this.stage = RecruitmentStage.DRAFT;
        this.authority = authority;
        this.territory = territory;
        this.post = post;
        this.title = title;
        this.opened = opened;
        descriptions.add(new JobDescription(this, 1, JobDescriptionContent.empty(), null, opened));
    }

    /**
     * Saves the authority's job description (a draft may be incomplete): the working version is
     * rewritten, or a new version starts when the latest one was submitted.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, or the key of the first value
     *                             out of bounds ({@link JobDescriptionContent#invalidValues()})
     */
    public JobDescription saveDescription(JobDescriptionContent content, Stamp saved) {
        require(RecruitmentAction.EDIT_DESCRIPTION);
        content.checkTexts();
        List<String> invalid = content.invalidValues();
        if (!invalid.isEmpty()) {
            throw new DomainRuleException(invalid.get(0));
        }
        JobDescription latest = latestDescription();
        if (latest.isSubmitted()) {
            JobDescription next = new JobDescription(this, latest.getNumber() + 1, content, latest.getDocument(),
                    saved);
            descriptions.add(next);
            return next;
        }
        latest.write(content, saved);
        return latest;
    }

    /**
     * Attaches a PDF to the working version, once saved, in place of the one it had.
     *
     * @return the document replaced, which nothing refers to any more and the caller deletes; null when the
     *         version had none, or had the one an earlier (submitted) version keeps
     */
    public StoredDocument attachDescriptionDocument(StoredDocument document) {
        require(RecruitmentAction.EDIT_DESCRIPTION);
        JobDescription latest = latestDescription();
        if (latest.isSubmitted()) {
            throw new IllegalStateException("save the description first");
        }
        StoredDocument former = latest.getDocument();
        latest.attach(document);
        boolean keptByAnEarlierVersion = descriptions.stream()
                .anyMatch(d -> d != latest && d.getDocument() == former);
        return former == null || former == document || keptByAnEarlierVersion ? null : former;
    }

    /**
     * The description the authority may submit now (the caller then checks it against the doctrine).
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code recruitment.error.nothingRevised}
     *                             (the latest version is already submitted), {@code recruitment.error.incomplete}
     */
    public JobDescriptionContent descriptionToSubmit() {
        require(RecruitmentAction.SUBMIT_DESCRIPTION);
        JobDescription latest = latestDescription();
        if (latest.isSubmitted()) {
            throw new DomainRuleException("recruitment.error.nothingRevised");
        }
        JobDescriptionContent content = latest.content();
        if (!content.missingItems().isEmpty()) {
            // The page lists the missing items next to the form.
            throw new DomainRuleException("recruitment.error.incomplete");
        }
        return content;
    }

    /**
     * Submits the latest version to the Caf, which has to answer by {@code due}.
     *
     * @throws DomainRuleException as {@link #descriptionToSubmit()}
     */
    public JobDescription submitDescription(Stamp submitted, LocalDate due) {
        descriptionToSubmit();
        JobDescription latest = latestDescription();
        latest.submit(submitted);
        stage = RecruitmentStage.DESCRIPTION_SUBMITTED;
        dueDate = due;
        return latest;
    }

    /**
     * Records the Caf's review of the submitted version. Every item gets a verdict (the last one given
     * for an item counts), an item to change needs a comment; {@code AGREED} needs every item
     * conform, {@code CHANGES_REQUESTED} at least one to change.
     *
     * @return the reviews kept, in the items' order
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .reviewOutcome} (none given),
     *                             {@code .textTooLong}, {@code .commentRequired}, {@code .everyItem},
     *                             {@code .agreeWithChanges}, {@code .changesWithoutItem}
     */
    public List<ItemReview> reviewDescription(ReviewOutcome outcome, List<ItemReview> items, Stamp reviewed) {
        require(RecruitmentAction.REVIEW_DESCRIPTION);
        if (outcome == null) {
            throw new DomainRuleException("recruitment.error.reviewOutcome");
        }
        Map<DescriptionItem, ItemReview> reviews = new EnumMap<>(DescriptionItem.class);
        for (ItemReview item : items) {
            ItemReview checked = item.checked();
            reviews.put(checked.getItem(), checked);
        }
        if (reviews.size() != DescriptionItem.values().length) {
            throw new DomainRuleException("recruitment.error.everyItem");
        }
        boolean anyToChange = reviews.values().stream().anyMatch(ItemReview::toChange);
        if (outcome == ReviewOutcome.AGREED && anyToChange) {
            throw new DomainRuleException("recruitment.error.agreeWithChanges");
        }
        if (outcome == ReviewOutcome.CHANGES_REQUESTED && !anyToChange) {
            throw new DomainRuleException("recruitment.error.changesWithoutItem");
        }
        List<ItemReview> kept = List.copyOf(reviews.values());
        latestDescription().review(outcome, kept, reviewed);
        stage = outcome == ReviewOutcome.AGREED
                ? RecruitmentStage.DESCRIPTION_AGREED
                : RecruitmentStage.DESCRIPTION_TO_REVISE;
        dueDate = null;
        return kept;
    }

    /**
     * Shortlists a candidate; the CV, if any, is attached afterwards ({@link Candidate#attachCv}).
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .candidateName},
     *                             {@code .candidateProfile} (no qualification or framework), {@code .textTooLong}
     */
    public Candidate addCandidate(String fullName, Qualification qualification, String diploma,
            EmploymentFramework framework, String currentSituation, Stamp added) {
        require(RecruitmentAction.ADD_CANDIDATE);
        Candidate candidate = new Candidate(this, fullName, qualification, diploma, framework, currentSituation, added);
        candidates.add(candidate);
        return candidate;
    }

    /**
     * @return the candidate of this file with this id
     * @throws DomainRuleException {@code recruitment.error.unknownCandidate}
     */
    public Candidate candidate(long candidateId) {
        return candidates.stream().filter(c -> c.getId() != null && c.getId() == candidateId).findFirst()
                .orElseThrow(() -> new DomainRuleException("recruitment.error.unknownCandidate"));
    }

    /**
     * Corrects a shortlisted candidate, until they are proposed to the Caf.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .unknownCandidate},
     *                             {@code .candidateProposed}, or a rule of a candidate's details
     */
    public void correctCandidate(Candidate candidate, String fullName, Qualification qualification, String diploma,
            EmploymentFramework framework, String currentSituation) {
        requireNotProposed(candidate);
        candidate.correct(fullName, qualification, diploma, framework, currentSituation);
    }

    /**
     * Withdraws a shortlisted candidate, until they are proposed to the Caf: their data leave the file.
     *
     * @return the candidate's CV to delete, or null
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .unknownCandidate},
     *                             {@code .candidateProposed}
     */
    public StoredDocument withdrawCandidate(Candidate candidate) {
        requireNotProposed(candidate);
        candidates.remove(candidate);
        return candidate.erase();
    }

    /**
     * Attaches a candidate's CV later, while the file is open (the CV replaces an earlier one).
     *
     * @return the CV it replaces (to delete), or null
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .unknownCandidate}
     */
    public StoredDocument attachCandidateCv(Candidate candidate, StoredDocument cv) {
        require(RecruitmentAction.POST_MESSAGE);
        if (!candidates.contains(candidate) || candidate.isErased()) {
            throw new DomainRuleException("recruitment.error.unknownCandidate");
        }
        StoredDocument former = candidate.getCv();
        candidate.attachCv(cv);
        return former;
    }

    private void requireNotProposed(Candidate candidate) {
        require(RecruitmentAction.ADD_CANDIDATE);
        if (!candidates.contains(candidate)) {
            throw new DomainRuleException("recruitment.error.unknownCandidate");
        }
        if (candidate.equals(chosenCandidate) || candidate.getOpinion() != null) {
            throw new DomainRuleException("recruitment.error.candidateProposed");
        }
    }

    /**
     * Proposes the authority's chosen candidate to the Caf, which has to give its opinion by
     * {@code due}. After a reserved or unfavourable opinion another candidate may be proposed (that
     * opinion stays in the history), never the same one again.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .unknownCandidate},
     *                             {@code .sameCandidate}, {@code .choiceReasons}, {@code .textTooLong}
     */
    public void proposeCandidate(Candidate candidate, String reasons, LocalDate due) {
        require(RecruitmentAction.PROPOSE_CANDIDATE);
        if (!candidates.contains(candidate)) {
            throw new DomainRuleException("recruitment.error.unknownCandidate");
        }
        if (candidate.equals(chosenCandidate) && getOpinion() != null) {
            throw new DomainRuleException("recruitment.error.sameCandidate");
        }
        String why = TextLimit.REASON.required(reasons, "recruitment.error.choiceReasons");
        if (chosenCandidate != null && getOpinion() != null && chosenCandidate.getOpinion() == null) {
            chosenCandidate.opinionIs(getOpinion()); // the former opinion stays with its candidate
        }
        chosenCandidate = candidate;
        choiceReasons = why;
        opinion = null;
        stage = RecruitmentStage.CANDIDATE_PROPOSED;
        dueDate = due;
    }

    /**
     * Records the Caf's opinion on the proposed candidate.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .opinion} (none given),
     *                             {@code .opinionReasons}, {@code .textTooLong}
     */
    public CafOpinion giveOpinion(CandidateOpinion given, String reasons, Stamp stamp) {
        require(RecruitmentAction.GIVE_OPINION);
        if (given == null) {
            throw new DomainRuleException("recruitment.error.opinion");
        }
        opinion = CafOpinion.given(given, TextLimit.REASON.required(reasons, "recruitment.error.opinionReasons"),
                stamp);
        chosenCandidate.opinionIs(opinion);
        stage = RecruitmentStage.OPINION_GIVEN;
        dueDate = null;
        return opinion;
    }

    /** @return whether {@code username} may countersign the opinion now (given, not yet countersigned, not theirs) */
    public boolean mayCountersign(String username) {
        CafOpinion given = getOpinion();
        return allows(RecruitmentAction.COUNTERSIGN) && given != null && !given.isCountersigned()
                && !Objects.equals(username, given.given().by());
    }

    /**
     * A manager countersigns the opinion, once, and never their own.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .alreadyCountersigned},
     *                             {@code .countersignOwnOpinion}
     */
    public void countersign(Stamp stamp) {
        require(RecruitmentAction.COUNTERSIGN);
        CafOpinion given = getOpinion();
        if (given.isCountersigned()) {
            throw new DomainRuleException("recruitment.error.alreadyCountersigned");
        }
        if (stamp.by().equals(given.given().by())) {
            throw new DomainRuleException("recruitment.error.countersignOwnOpinion");
        }
        opinion = given.countersignedBy(stamp);
        chosenCandidate.opinionIs(opinion);
    }

    /**
     * Completes the recruitment from the holder's start date. After an unfavourable opinion the
     * authority must acknowledge that the post will not be funded.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .startDate},
     *                             {@code .acknowledgeUnfunded}
     */
    public void complete(LocalDate startDate, boolean acknowledgedUnfunded, Instant at) {
        require(RecruitmentAction.COMPLETE);
        if (startDate == null) {
            throw new DomainRuleException("recruitment.error.startDate");
        }
        boolean unfavourable = getOpinion().isUnfavourable();
        if (unfavourable && !acknowledgedUnfunded) {
            throw new DomainRuleException("recruitment.error.acknowledgeUnfunded");
        }
        holderStartDate = startDate;
        unfundedAcknowledged = unfavourable;
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

    /**
     * Abandons the file, with the authority's reason.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .abandonReason}, {@code .textTooLong}
     */
    public void abandon(String reason, Instant at) {
        require(RecruitmentAction.ABANDON);
        abandonReason = TextLimit.REASON.required(reason, "recruitment.error.abandonReason");
        stage = RecruitmentStage.ABANDONED;
        dueDate = null;
        closedAt = at;
    }

    /**
     * A message of the thread, by either side, while the file is open. The file itself does not
     * change: a message never gets in the way of someone editing it.
     *
     * @throws DomainRuleException {@code recruitment.error.wrongStage}, {@code .messageBody}, {@code .textTooLong}
     */
    public FileMessage message(Side side, String body, Stamp sent) {
        require(RecruitmentAction.POST_MESSAGE);
        return new FileMessage(this, side, TextLimit.MESSAGE.required(body, "recruitment.error.messageBody"), sent);
    }

    /**
     * Erases the candidates' personal data and the authority's reasons for its choice, keeping the
     * Caf's opinion and the stage. The job description's PDFs go too (a description may name the former
     * holder or a candidate): no document of the file remains; its items stay.
     *
     * @return the CVs and description PDFs to delete, each once
     */
    public List<StoredDocument> erasePersonalData(Instant at) {
        if (!stage.isClosed()) {
            throw new IllegalStateException("the file is open");
        }
        List<StoredDocument> documents = new ArrayList<>();
        for (Candidate candidate : candidates) {
            StoredDocument cv = candidate.erase();
            if (cv != null) {
                documents.add(cv);
            }
        }
        for (JobDescription description : descriptions) {
            StoredDocument pdf = description.getDocument();
            if (pdf != null && documents.stream().noneMatch(d -> d == pdf)) {
                documents.add(pdf);
            }
            description.attach(null);
        }
        choiceReasons = null;
        personalDataErasedAt = at;
        return documents;
    }

    /**
     * The reminder the Caf is due {@code today}, if any: once in the {@code daysBefore} days before its
     * due date, once from the due date on (the marks are written by the caller, see {@link #getReminderBeforeFor()}).
     *
     * @return the reminder to send, or null
     */
    public Reminder reminderDue(LocalDate today, int daysBefore) {
        if (dueDate == null || !stage.awaitsCaf()) {
            return null;
        }
        if (!today.isBefore(dueDate) && !dueDate.equals(reminderDueFor)) {
            return Reminder.DUE;
        }
        if (today.isBefore(dueDate) && !today.isBefore(dueDate.minusDays(daysBefore))
                && !dueDate.equals(reminderBeforeFor)) {
            return Reminder.BEFORE;
        }
        return null;
    }

    public boolean isLate(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate);
    }

    public JobDescription latestDescription() {
        return descriptions.get(descriptions.size() - 1);
    }

    /**
     * Whether the action is open at the file's stage. After a favourable opinion the candidate is
     * settled; after a reserved or unfavourable one the authority may still choose another.
     */
    public boolean allows(RecruitmentAction action) {
        boolean anotherCandidate = action == RecruitmentAction.ADD_CANDIDATE
                || action == RecruitmentAction.PROPOSE_CANDIDATE;
        CafOpinion given = getOpinion();
        return action.allowedAt(stage) && !(anotherCandidate && stage == RecruitmentStage.OPINION_GIVEN
                && given != null && given.verdict() == CandidateOpinion.FAVOURABLE);
    }

    /**
     * @throws DomainRuleException {@code recruitment.error.wrongStage} if the action is not open now ({@link #allows})
     */
    public void require(RecruitmentAction action) {
        if (!allows(action)) {
            throw new DomainRuleException("recruitment.error.wrongStage");
        }
    }

    public RecruitmentKind getKind() { return kind; }
    public RecruitmentStage getStage() { return stage; }
    public Authority getAuthority() { return authority; }
    public Territory getTerritory() { return territory; }
    public CooperationPost getPost() { return post; }
    public String getTitle() { return title; }
    public Stamp getOpened() { return opened; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getReminderBeforeFor() { return reminderBeforeFor; }
    public LocalDate getReminderDueFor() { return reminderDueFor; }
    public List<JobDescription> getDescriptions() { return List.copyOf(descriptions); }
    public List<Candidate> getCandidates() { return List.copyOf(candidates); }
    public Candidate getChosenCandidate() { return chosenCandidate; }
    public String getChoiceReasons() { return choiceReasons; }
    /** @return the Caf's opinion on the chosen candidate, or null while none is given */
    public CafOpinion getOpinion() {
        return opinion == null || opinion.isEmpty() ? null : opinion;
    }
    public LocalDate getHolderStartDate() { return holderStartDate; }
    public boolean isUnfundedAcknowledged() { return unfundedAcknowledged; }
    public String getAbandonReason() { return abandonReason; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getPersonalDataErasedAt() { return personalDataErasedAt; }
}
