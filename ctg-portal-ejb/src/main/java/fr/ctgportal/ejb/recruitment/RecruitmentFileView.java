package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.shared.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A recruitment file as its reader may see it: versions of the job description (oldest first),
 * candidates, the Caf's opinion, messages, timeline, and the actions the reader may take now.
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
                                  Set<RecruitmentAction> allowedActions) implements Serializable {

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

    public boolean can(RecruitmentAction action) {
        return allowedActions.contains(action);
    }
}
