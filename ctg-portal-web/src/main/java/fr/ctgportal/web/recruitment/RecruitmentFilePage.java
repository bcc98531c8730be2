package fr.ctgportal.web.recruitment;

import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.recruitment.CandidateInput;
import fr.ctgportal.ejb.recruitment.CandidateView;
import fr.ctgportal.ejb.recruitment.DescriptionVersionView;
import fr.ctgportal.ejb.recruitment.FileMessageService;
import fr.ctgportal.ejb.recruitment.ItemReviewInput;
import fr.ctgportal.ejb.recruitment.RecruitmentFileView;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.ejb.recruitment.RecruitmentReviewService;
import fr.ctgportal.ejb.recruitment.RecruitmentService;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Messages;
import fr.ctgportal.web.faces.Uploads;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.primefaces.model.file.UploadedFile;

/**
 * A recruitment file's page, in both areas: the file as its reader may see it and the forms of the
 * actions they may take now (the EJBs decide; the page only offers). Refused input stays in the
 * forms with a French message; a successful action reloads the page (no double submit on refresh).
 */
@Named
@ViewScoped
public class RecruitmentFilePage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentQueryService queries;

    @Inject
    private RecruitmentService recruitment;

    @Inject
    private RecruitmentReviewService reviews;

    @Inject
    private FileMessageService messages;

    @Inject
    private DocumentService documents;

    private String id;
    private RecruitmentFileView file;

    private DescriptionForm description;
    private transient UploadedFile descriptionPdf;

    private String candidateName;
    private Qualification candidateQualification;
    private String candidateDiploma;
    private EmploymentFramework candidateFramework;
    private String candidateSituation;
    private transient UploadedFile candidateCv;

    private Long proposedCandidate;
    /** The candidate whose details the candidate form corrects; null: the form adds one. */
    private Long editedCandidate;
    private Long cvCandidate;
    private transient UploadedFile laterCv;
    private String choiceReasons;

    private LocalDate startDate;
    private boolean acknowledgeUnfunded;
    private String abandonReason;

    private List<ReviewRow> reviewRows;
    private CandidateOpinion opinion;
    private String opinionReasons;

    private String messageBody;
    private transient UploadedFile messagePdf;

    public void load() {
        RecruitmentFileView found = Pages.load(id, queries::findFile);
        if (found != null) {
            show(found);
        }
    }

    private void show(RecruitmentFileView view) {
        file = view;
        description = DescriptionForm.of(view.latestDescription().content());
        // A version that comes back starts from the Caf's verdicts and comments on the one before.
        DescriptionVersionView earlier = view.lastReview();
        reviewRows = Arrays.stream(DescriptionItem.values()).map(item -> {
            ReviewRow row = new ReviewRow(item);
            var before = earlier == null ? null : earlier.reviewOf(item);
            if (before != null) {
                row.setVerdict(before.verdict());
                row.setComment(before.comment());
            }
            return row;
        }).toList();
    }

    // ---- the authority ----

    public String saveDescription() {
        return Actions.run("recruitment.saved.description", () -> recruitment.saveDescription(file.id(), file.version(),
                description.content(), upload(descriptionPdf, "description:pdf")), "id=" + file.id(),
                "description:pdf");
    }

    /**
     * Sends the description as it is on the screen: what was typed since the last draft (and a PDF
     * chosen) is saved first, then sent. If it cannot be sent (something missing), the draft stays
     * saved, the form keeps what was typed and the page says what is missing.
     */
    public String submitDescription() {
        if (can("EDIT_DESCRIPTION")
                && (description.differsFrom(file.latestDescription().content()) || hasFile(descriptionPdf))) {
            boolean saved = Actions.attempt(() -> recruitment.saveDescription(file.id(), file.version(),
                    description.content(), upload(descriptionPdf, "description:pdf")), "description:pdf");
            if (!saved) {
                return null;
            }
            // the new version number, for the sending; the form keeps what the user typed
            file = queries.findFile(file.id());
            Messages.info("recruitment.saved.description");
        }
        return act("recruitment.saved.submitted", () -> recruitment.submitDescription(file.id(), file.version()));
    }

    public String addCandidate() {
        return Actions.run("recruitment.saved.candidate", () -> recruitment.addCandidate(file.id(), file.version(),
                new CandidateInput(candidateName, candidateQualification, candidateDiploma, candidateFramework,
                        candidateSituation),
                upload(candidateCv, "candidate:cv")), "id=" + file.id(), "candidate:cv");
    }

    /** Loads a candidate into the candidate form, to correct them. */
    public void editCandidate(CandidateView c) {
        editedCandidate = c.id();
        candidateName = c.fullName();
        candidateQualification = c.qualification();
        candidateDiploma = c.diploma();
        candidateFramework = c.framework();
        candidateSituation = c.currentSituation();
    }

    public String correctCandidate() {
        return Actions.run("recruitment.saved.candidateCorrected",
                () -> recruitment.correctCandidate(file.id(), file.version(), editedCandidate,
                        new CandidateInput(candidateName, candidateQualification, candidateDiploma,
                                candidateFramework, candidateSituation)),
                "id=" + file.id());
    }

    public String withdrawCandidate(CandidateView c) {
        return Actions.run("recruitment.saved.candidateWithdrawn",
                () -> recruitment.withdrawCandidate(file.id(), file.version(), c.id()), "id=" + file.id());
    }

    public String attachCv() {
        return Actions.run("recruitment.saved.candidateCv", () -> {
            if (cvCandidate == null) {
                throw new InvalidInputException("recruitment.error.unknownCandidate");
            }
            recruitment.attachCandidateCv(file.id(), file.version(), cvCandidate, upload(laterCv, "laterCv:cv"));
        }, "id=" + file.id(), "laterCv:cv");
    }

    public Long getEditedCandidate() { return editedCandidate; }
    public Long getCvCandidate() { return cvCandidate; }
    public void setCvCandidate(Long cvCandidate) { this.cvCandidate = cvCandidate; }
    public UploadedFile getLaterCv() { return laterCv; }
    public void setLaterCv(UploadedFile laterCv) { this.laterCv = laterCv; }

    public String proposeCandidate() {
        return act("recruitment.saved.proposed", () -> {
            if (proposedCandidate == null) {
                throw new InvalidInputException("recruitment.error.unknownCandidate");
            }
            recruitment.proposeCandidate(file.id(), file.version(), proposedCandidate, choiceReasons);
        });
    }

    public String complete() {
        return act("recruitment.saved.completed",
                () -> recruitment.complete(file.id(), file.version(), startDate, acknowledgeUnfunded));
    }

    public String abandon() {
        return act("recruitment.saved.abandoned", () -> recruitment.abandon(file.id(), file.version(), abandonReason));
    }

    // ---- the Caf ----

    public String agree() {
        return review(ReviewOutcome.AGREED);
    }

    public String requestChanges() {
        return review(ReviewOutcome.CHANGES_REQUESTED);
    }

    private String review(ReviewOutcome outcome) {
        List<ItemReviewInput> items = reviewRows.stream()
                .map(r -> new ItemReviewInput(r.getItem(), r.getVerdict(), r.getComment())).toList();
        return act(outcome == ReviewOutcome.AGREED ? "recruitment.saved.agreed" : "recruitment.saved.changesRequested",
                () -> reviews.reviewDescription(file.id(), file.version(), outcome, items));
    }

    public String giveOpinion() {
        return act("recruitment.saved.opinion",
                () -> reviews.giveOpinion(file.id(), file.version(), opinion, opinionReasons));
    }

    public String countersign() {
        return act("recruitment.saved.countersigned", () -> reviews.countersign(file.id(), file.version()));
    }

    // ---- both ----

    public String postMessage() {
        return Actions.run("recruitment.saved.message",
                () -> messages.postMessage(file.id(), messageBody, upload(messagePdf, "message:attachment")),
                "id=" + file.id(), "message:attachment");
    }

    public boolean can(String action) {
        return file != null && file.can(RecruitmentAction.valueOf(action));
    }

    /** The version before the latest, to show what changed; null for the first. */
    public DescriptionVersionView getPrevious() {
        return file == null ? null : file.previousDescription();
    }

    /**
     * The items the description still lacks before it can be submitted: as in the form (what the
     * user typed, kept after a refused sending), else as stored.
     */
    public Set<DescriptionItem> getMissingItems() {
        return (description != null && can("EDIT_DESCRIPTION")
                ? description.content()
                : file.latestDescription().content()).missingItems();
    }

    private String act(String successKey, Runnable action) {
        return Actions.run(successKey, action, "id=" + file.id());
    }

    private Upload upload(UploadedFile uploaded, String field) {
        return Uploads.optional(uploaded, documents, field);
    }

    private static boolean hasFile(UploadedFile uploaded) {
        return uploaded != null && uploaded.getFileName() != null && !uploaded.getFileName().isBlank();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public RecruitmentFileView getFile() { return file; }
    public DescriptionForm getDescription() { return description; }
    public UploadedFile getDescriptionPdf() { return descriptionPdf; }
    public void setDescriptionPdf(UploadedFile descriptionPdf) { this.descriptionPdf = descriptionPdf; }
    public String getCandidateName() { return candidateName; }
    public void setCandidateName(String candidateName) { this.candidateName = candidateName; }
    public Qualification getCandidateQualification() { return candidateQualification; }
    public void setCandidateQualification(Qualification q) { this.candidateQualification = q; }
    public String getCandidateDiploma() { return candidateDiploma; }
    public void setCandidateDiploma(String candidateDiploma) { this.candidateDiploma = candidateDiploma; }
    public EmploymentFramework getCandidateFramework() { return candidateFramework; }
    public void setCandidateFramework(EmploymentFramework f) { this.candidateFramework = f; }
    public String getCandidateSituation() { return candidateSituation; }
    public void setCandidateSituation(String candidateSituation) { this.candidateSituation = candidateSituation; }
    public UploadedFile getCandidateCv() { return candidateCv; }
    public void setCandidateCv(UploadedFile candidateCv) { this.candidateCv = candidateCv; }
    public Long getProposedCandidate() { return proposedCandidate; }
    public void setProposedCandidate(Long proposedCandidate) { this.proposedCandidate = proposedCandidate; }
    public String getChoiceReasons() { return choiceReasons; }
    public void setChoiceReasons(String choiceReasons) { this.choiceReasons = choiceReasons; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public boolean isAcknowledgeUnfunded() { return acknowledgeUnfunded; }
    public void setAcknowledgeUnfunded(boolean acknowledgeUnfunded) { this.acknowledgeUnfunded = acknowledgeUnfunded; }
    public String getAbandonReason() { return abandonReason; }
    public void setAbandonReason(String abandonReason) { this.abandonReason = abandonReason; }
    public List<ReviewRow> getReviewRows() { return reviewRows; }
    public CandidateOpinion getOpinion() { return opinion; }
    public void setOpinion(CandidateOpinion opinion) { this.opinion = opinion; }
    public String getOpinionReasons() { return opinionReasons; }
    public void setOpinionReasons(String opinionReasons) { this.opinionReasons = opinionReasons; }
    public String getMessageBody() { return messageBody; }
    public void setMessageBody(String messageBody) { this.messageBody = messageBody; }
    public UploadedFile getMessagePdf() { return messagePdf; }
    public void setMessagePdf(UploadedFile messagePdf) { this.messagePdf = messagePdf; }
}
