package fr.ctgportal.ejb.funding;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.weighing.Weighings;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.doctrine.PilotageBudget;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.funding.PostFundingDecision;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Caf's funding decisions: an advisor prepares a post's decision for a year from its agreed
 * weighing (the doctrine computes it and everything is stored), a manager approves it or sends it
 * back; the authority reads its approved decisions and their letter. Approved decisions never change.
 * The {@link PostFundingDecision} owns the rules.
 */
@Stateless
@Interceptors(DomainRules.class)
public class FundingDecisionService extends UseCase {

    @Inject
    private People people;

    @Inject
    private PostAccess access;

    @Inject
    private FundingDecisions decisions;

    @Inject
    private Weighings weighings;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Notifications notifications;

    /**
     * Prepares the decision of a post for a year (this year or the next), from its agreed weighing.
     *
     * @return the new decision's id
     * @throws NotFoundException unless the caller acts for the Caf on the post
     * @throws InvalidInputException a rule of {@link PostFundingDecision#prepare} refused, or the doctrine
     *         could not evaluate the post ({@code doctrine.error.invalidSituation})
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public long prepare(long postId, int year) {
        OnPost on = access.lock(caller(), postId);
        if (on.side() != Side.CAF) {
            throw new NotFoundException();
        }
        CooperationPost post = on.post();
        Territory territory = post.getTerritory();
        PostFundingDecision prepared = PostFundingDecision.prepare(post, year, LocalDate.now(clock),
                decisions.yearTaken(post, year), weighings.agreed(post).orElse(null), day -> {
                    try {
                        CompliancePhase phase = CompliancePhase.at(territory.getCtgRenewal(),
                                territory.getPhase3Deadline(), day);
                        return doctrine.evaluate(post.situation(), phase, day);
                    } catch (InvalidSituationException e) {
                        throw new DomainRuleException("doctrine.error.invalidSituation", e.getMessage());
                    }
                }, Stamp.of(on.caller().username(), clock.instant()));
        decisions.add(prepared);
        audit.record(on.caller(), AuditAction.FUNDING_PREPARED, prepared, Texts.text(
                prepared.isFunded() ? "audit.fundingPrepared" : "audit.fundingPreparedUnfunded",
                String.valueOf(post.getId()), String.valueOf(year), DoctrineFormats.money(prepared.getCafFunding())),
                null);
        notifications.toManagers("funding.toApprove", Links.post(Side.CAF, post.getId()), Notifications.post(post),
                post.getEmployer().getName(), String.valueOf(year), DoctrineFormats.money(prepared.getCafFunding()),
                people.nameOf(on.caller().username()));
        return prepared.getId();
    }

    /**
     * Approves a prepared decision, unless what it was computed from changed since: its weighing
     * replaced, or the post no longer fundable (funding ended, recruited despite an unfavourable
     * opinion). The advisor then prepares it again.
     *
     * @throws ConcurrentEditException if the decision changed since the user read it
     * @throws InvalidInputException {@code funding.error.notPending}, {@code funding.error.outdated}
     */
    @RolesAllowed(CAF_MANAGER)
    public void approve(long decisionId, long expectedVersion) {
        Caller caller = caller();
        PostFundingDecision d = forChange(caller, decisionId, expectedVersion);
        d.approve(Stamp.of(caller.username(), clock.instant()));
        audit.record(caller, AuditAction.FUNDING_APPROVED, d, Texts.text("audit.fundingApproved",
                String.valueOf(d.getPost().getId()), String.valueOf(d.getYear()),
                DoctrineFormats.money(d.getCafFunding())),
                null);
        CooperationPost post = d.getPost();
        notifications.toAuthority(post.getEmployer(), "funding.approved", Links.post(Side.AUTHORITY, post.getId()),
                Notifications.post(post), post.getEmployer().getName(), String.valueOf(d.getYear()),
                DoctrineFormats.money(d.getCafFunding()));
    }

    /**
     * Sends a prepared decision back to the advisor, with a reason.
     *
     * @throws ConcurrentEditException if the decision changed since the user read it
     * @throws InvalidInputException {@code funding.error.returnReason}, {@code funding.error.notPending}
     */
    @RolesAllowed(CAF_MANAGER)
    public void sendBack(long decisionId, long expectedVersion, String reason) {
        Caller caller = caller();
        PostFundingDecision d = forChange(caller, decisionId, expectedVersion);
        d.sendBack(reason, Stamp.of(caller.username(), clock.instant()));
        audit.record(caller, AuditAction.FUNDING_RETURNED, d, Texts.text("audit.fundingReturned",
                String.valueOf(d.getPost().getId()), String.valueOf(d.getYear())), d.getReturnReason());
    }

    /** The decisions of a post: all for the Caf, the approved ones for the employer's HR. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<DecisionView> listPostDecisions(long postId) {
        OnPost on = access.read(caller(), postId);
        return decisions.ofPost(on.post()).stream()
                .filter(d -> on.side() == Side.CAF || d.getStatus() == DecisionStatus.APPROVED)
                .map(DecisionView::of).toList();
    }

    /** The decisions of a year in the caller's territories, the approved totals and the budget. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public FundingTotals totals(int year) {
        Scope scope = scope();
        List<PostFundingDecision> all = decisions.ofYear(year).stream()
                .filter(d -> scope.coversTerritory(d.getPost().getTerritory().getId())).toList();
        // A post whose funding a compliance procedure ended leaves the totals from the year it ended.
        List<PostFundingDecision> approved = all.stream().filter(d -> d.getStatus() == DecisionStatus.APPROVED)
                .filter(d -> d.getPost().getFundingEndedOn() == null
                        || d.getPost().getFundingEndedOn().getYear() > year)
                .toList();
        Map<String, List<PostFundingDecision>> byTerritory = approved.stream()
                .collect(Collectors.groupingBy(d -> d.getPost().getTerritory().getName(), TreeMap::new,
                        Collectors.toList()));
        List<FundingTotals.TerritoryTotal> territories = byTerritory.entrySet().stream()
                .map(e -> new FundingTotals.TerritoryTotal(e.getKey(), e.getValue().size(),
                        sum(e.getValue(), PostFundingDecision::getCafFunding),
                        sum(e.getValue(), PostFundingDecision::getCooperationFte)))
                .toList();
        PilotageBudget.Budget budget = PilotageBudget.on(LocalDate.of(year, 1, 1));
        return new FundingTotals(year, territories, sum(approved, PostFundingDecision::getCafFunding),
                sum(approved, PostFundingDecision::getCooperationFte), budget.amount(), budget.cooperationFte(),
                scope.all(),
                approved.stream()
                        .sorted(Comparator.comparing((PostFundingDecision d) -> d.getPost().getTerritory().getName())
                                .thenComparing(d -> d.getPost().getTitle()))
                        .map(DecisionView::of).toList(),
                all.stream().filter(d -> d.getStatus() == DecisionStatus.PREPARED).map(DecisionView::of).toList());
    }

    /**
     * The decision letter (PDF) of an approved decision, for the employer's HR and the Caf.
     *
     * @throws NotFoundException for a decision not approved, or a caller party to neither side
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload decisionLetter(long decisionId) {
        PostFundingDecision d = records.find(PostFundingDecision.class, decisionId);
        if (d.getStatus() != DecisionStatus.APPROVED) {
            throw new NotFoundException();
        }
        access.read(caller(), d.getPost().getId());
        return new DocumentDownload("decision-financement-" + d.getYear() + "-poste-" + d.getPost().getId() + ".pdf",
                "application/pdf", DecisionLetter.of(DecisionView.of(d), d.getPost(), people::nameAndRoleOf));
    }

    /** A decision of a post the caller is party to, locked at the version the user read. */
    private PostFundingDecision forChange(Caller caller, long decisionId, long expectedVersion) {
        PostFundingDecision d = records.find(PostFundingDecision.class, decisionId);
        access.read(caller, d.getPost().getId());
        return records.forChange(d, expectedVersion);
    }

    private static BigDecimal sum(List<PostFundingDecision> decisions,
            Function<PostFundingDecision, BigDecimal> value) {
        return decisions.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
