package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.model.recruitment.CafOpinion;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.JobDescription;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recruitment file as its reader may see it: versions of the job description (oldest first),
 * candidates, the Caf's opinion, messages, timeline, and the actions the reader may take now; the
 * reference of its post (null for a post to create).
 */
public record RecruitmentFileView(long id, long version, RecruitmentKind kind, RecruitmentStage stage, String title,
        String authorityName, String territoryName, Long postId, String openedBy,
        Instant openedAt, LocalDate dueDate, boolean late,
        List<DescriptionVersionView> descriptions, List<CandidateView> candidates,
        String choiceReasons, CandidateOpinion opinion, String opinionReasons,
        String opinionBy, Instant opinionAt, String countersignedBy,
        Instant countersignedAt, LocalDate holderStartDate, boolean unfundedAcknowledged,
        String abandonReason, Instant closedAt, Instant personalDataErasedAt,
        List<MessageView> messages, List<TimelineEntry> timeline, Side readerSide,
        Set<RecruitmentAction> allowedActions, String postReference) implements Serializable {

    static RecruitmentFileView of(RecruitmentFile f, LocalDate today, List<MessageView> messages,
            List<TimelineEntry> timeline, Side readerSide, Set<RecruitmentAction> allowedActions) {
        List<DescriptionVersionView> versions = new ArrayList<>();
        JobDescription previous = null;
        for (JobDescription d : f.getDescriptions()) {
            versions.add(DescriptionVersionView.of(d, previous));
            previous = d;
        }
        Candidate chosen = f.getChosenCandidate();
        CafOpinion opinion = f.getOpinion();
        Stamp given = opinion == null ? null : opinion.given();
        Stamp countersigned = opinion == null ? null : opinion.countersigned();
        return new RecruitmentFileView(f.getId(), f.getVersion(), f.getKind(), f.getStage(), f.getTitle(),
                f.getAuthority().getName(), f.getTerritory().getName(),
                f.getPost() == null ? null : f.getPost().getId(),
                f.getOpened().by(), f.getOpened().at(), f.getDueDate(), f.isLate(today), versions,
                f.getCandidates().stream().map(c -> CandidateView.of(c, chosen)).toList(), f.getChoiceReasons(),
                opinion == null ? null : opinion.verdict(), opinion == null ? null : opinion.reasons(),
                given == null ? null : given.by(), given == null ? null : given.at(),
                countersigned == null ? null : countersigned.by(), countersigned == null ? null : countersigned.at(),
                f.getHolderStartDate(), f.isUnfundedAcknowledged(), f.getAbandonReason(), f.getClosedAt(),
                f.getPersonalDataErasedAt(), messages, timeline, readerSide, allowedActions,
                f.getPost() == null ? null : f.getPost().getReference());
    }

    public DescriptionVersionView latestDescription() {
        return descriptions.get(descriptions.size() - 1);
    }

    /** The previous submitted version, to compare with; null for the first. */
    public DescriptionVersionView previousDescription() {
        return descriptions.size() < 2 ? null : descriptions.get(descriptions.size() - 2);
    }

    public CandidateView chosenCandidate() {
        return candidates.stream().filter(CandidateView::chosen).findFirst().orElse(null);
    }

    /**
     * The Caf's latest review of the description (the newest version it reviewed), or null: the
     * authority sees its comments next to each item while writing the next version, and the Caf's
     * form starts from its verdicts when that version comes back.
     */
    public DescriptionVersionView lastReview() {
        for (int i = descriptions.size() - 1; i >= 0; i--) {
            if (descriptions.get(i).reviewOutcome() != null) {
                return descriptions.get(i);
            }
        }
        return null;
    }

    /** The doctrine's checks on the proposed candidate (qualification level, framework); empty without one. */
    public List<CandidateCheck> proposedChecks() {
        CandidateView chosen = chosenCandidate();
        return chosen == null ? List.of() : CandidateCheck.of(chosen.qualification(), chosen.framework());
    }

    public boolean can(RecruitmentAction action) {
        return allowedActions.contains(action);
    }
}
