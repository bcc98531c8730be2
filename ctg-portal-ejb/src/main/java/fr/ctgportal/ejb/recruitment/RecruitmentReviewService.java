package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.model.recruitment.CafOpinion;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.ItemReview;
import fr.ctgportal.model.recruitment.ItemVerdict;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Caf's side of a recruitment file: the item-by-item review of the job description, the opinion
 * on the chosen candidate, and the manager's countersignature. Only the advisors following the
 * file's territory and the managers may act; the {@link fr.ctgportal.model.recruitment.RecruitmentFile}
 * applies its rules.
 */
@Stateless
@Interceptors(DomainRules.class)
public class RecruitmentReviewService extends UseCase {

    @Inject
    private People people;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private RecruitmentMail mail;

    /**
     * Records the review of the submitted job description: every item gets a verdict, an item to
     * change needs a comment. {@code AGREED} needs every item conform; {@code CHANGES_REQUESTED} at
     * least one to change. Lines without an item or a verdict are ignored.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void reviewDescription(long fileId, long expectedVersion, ReviewOutcome outcome,
            List<ItemReviewInput> items) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.REVIEW_DESCRIPTION);
        List<ItemReview> reviews = a.file().reviewDescription(outcome, items.stream()
                .filter(i -> i.item() != null && i.verdict() != null)
                .map(i -> new ItemReview(i.item(), i.verdict(), i.comment())).toList(), a.stamp());
        String version = String.valueOf(a.file().latestDescription().getNumber());
        String toChange = reviews.stream().filter(r -> r.getVerdict() == ItemVerdict.TO_CHANGE)
                .map(r -> Texts.label("item", r.getItem())).collect(Collectors.joining(", "));
        audit.record(a.caller(), outcome == ReviewOutcome.AGREED
                ? AuditAction.DESCRIPTION_AGREED
                : AuditAction.DESCRIPTION_CHANGES_REQUESTED, a.file(),
                toChange.isEmpty()
                        ? Texts.text("recruitment.audit.version", version)
                        : Texts.text("recruitment.audit.toChange", version, toChange),
                reviews.stream().filter(r -> r.getComment() != null)
                        .map(r -> Texts.text("recruitment.audit.itemComment", Texts.label("item", r.getItem()),
                                r.getComment()))
                        .collect(Collectors.joining(" ; ")));
        mail.toAuthority(a.file(), outcome == ReviewOutcome.AGREED ? "description.agreed" : "description.changes",
                "", version);
    }

    /** Gives the Caf's opinion on the chosen candidate, with its reasons. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void giveOpinion(long fileId, long expectedVersion, CandidateOpinion opinion, String reasons) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.GIVE_OPINION);
        CafOpinion given = a.file().giveOpinion(opinion, reasons, a.stamp());
        audit.record(a.caller(), AuditAction.OPINION_GIVEN, a.file(), OpinionLetter.label(opinion), given.reasons());
        mail.toAuthority(a.file(), "opinion.given", OpinionLetter.label(opinion));
        mail.toManagers(a.file(), "opinion.toCountersign", OpinionLetter.label(opinion),
                people.nameOf(a.caller().username()));
    }

    /** A manager countersigns the opinion, once, and not their own. */
    @RolesAllowed(CAF_MANAGER)
    public void countersign(long fileId, long expectedVersion) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.COUNTERSIGN);
        a.file().countersign(a.stamp());
        audit.record(a.caller(), AuditAction.OPINION_COUNTERSIGNED, a.file(),
                OpinionLetter.label(a.file().getOpinion().verdict()), null);
    }
}
