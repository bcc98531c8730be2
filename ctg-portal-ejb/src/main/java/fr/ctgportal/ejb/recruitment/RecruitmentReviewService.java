package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.Texts;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.ItemReview;
import fr.ctgportal.model.recruitment.ItemVerdict;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Caf's side of a recruitment file: the item-by-item review of the job description, the opinion
 * on the chosen candidate, and the manager's countersignature. Only the advisors following the
 * file's territory and the managers may act.
 */
@Stateless
public class RecruitmentReviewService {

    @Resource
    private SessionContext context;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private RecruitmentMail mail;

    /**
     * Records the review of the submitted job description: every item gets a verdict, an item to
     * change needs a comment. {@code AGREED} needs every item conform; {@code CHANGES_REQUESTED} at
     * least one to change.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void reviewDescription(long fileId, long expectedVersion, ReviewOutcome outcome,
                                  List<ItemReviewInput> items) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.REVIEW_DESCRIPTION);
        if (outcome == null) {
            throw new InvalidInputException("recruitment.error.reviewOutcome");
        }
        Map<DescriptionItem, ItemReview> reviews = new EnumMap<>(DescriptionItem.class);
        for (ItemReviewInput input : items) {
            if (input.item() == null || input.verdict() == null) {
                continue;
            }
            String comment = RecruitmentService.optional(input.comment(), JobDescriptionContent.MAX_TEXT);
            if (input.verdict() == ItemVerdict.TO_CHANGE && comment == null) {
                throw new InvalidInputException("recruitment.error.commentRequired");
            }
            reviews.put(input.item(), new ItemReview(input.item(), input.verdict(), comment));
        }
        if (reviews.size() != DescriptionItem.values().length) {
            throw new InvalidInputException("recruitment.error.everyItem");
        }
        boolean anyToChange = reviews.values().stream().anyMatch(r -> r.getVerdict() == ItemVerdict.TO_CHANGE);
        if (outcome == ReviewOutcome.AGREED && anyToChange) {
            throw new InvalidInputException("recruitment.error.agreeWithChanges");
        }
        if (outcome == ReviewOutcome.CHANGES_REQUESTED && !anyToChange) {
            throw new InvalidInputException("recruitment.error.changesWithoutItem");
        }
        a.file().reviewDescription(outcome, new ArrayList<>(reviews.values()), a.caller().username(), Instant.now());
        String toChange = reviews.values().stream().filter(r -> r.getVerdict() == ItemVerdict.TO_CHANGE)
                .map(r -> Texts.label("item", r.getItem())).collect(Collectors.joining(", "));
        audit.record(a.caller(), outcome == ReviewOutcome.AGREED ? "DESCRIPTION_AGREED" : "DESCRIPTION_CHANGES_REQUESTED",
                RecruitmentAccess.ENTITY, fileId, "version " + a.file().latestDescription().getNumber()
                        + (toChange.isEmpty() ? "" : ", à modifier : " + toChange),
                reviews.values().stream().filter(r -> r.getComment() != null)
                        .map(r -> Texts.label("item", r.getItem()) + " : " + r.getComment())
                        .collect(Collectors.joining(" ; ")));
        mail.toAuthority(a.file(), outcome == ReviewOutcome.AGREED ? "description.agreed" : "description.changes", null);
    }

    /** Gives the Caf's opinion on the chosen candidate, with its reasons. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void giveOpinion(long fileId, long expectedVersion, CandidateOpinion opinion, String reasons) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.GIVE_OPINION);
        if (opinion == null) {
            throw new InvalidInputException("recruitment.error.opinion");
        }
        String why = RecruitmentService.required(reasons, JobDescriptionContent.MAX_TEXT,
                "recruitment.error.opinionReasons");
        a.file().giveOpinion(opinion, why, a.caller().username(), Instant.now());
        audit.record(a.caller(), "OPINION_GIVEN", RecruitmentAccess.ENTITY, fileId, OpinionLetter.label(opinion), why);
        mail.toAuthority(a.file(), "opinion.given", OpinionLetter.label(opinion));
    }

    /** A manager countersigns the opinion, once. */
    @RolesAllowed(CAF_MANAGER)
    public void countersign(long fileId, long expectedVersion) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.COUNTERSIGN);
        if (a.file().getCountersignedAt() != null) {
            throw new InvalidInputException("recruitment.error.alreadyCountersigned");
        }
        if (a.caller().username().equals(a.file().getOpinionBy())) {
            throw new InvalidInputException("recruitment.error.countersignOwnOpinion");
        }
        a.file().countersign(a.caller().username(), Instant.now());
        audit.record(a.caller(), "OPINION_COUNTERSIGNED", RecruitmentAccess.ENTITY, fileId,
                OpinionLetter.label(a.file().getOpinion()), null);
    }
}
