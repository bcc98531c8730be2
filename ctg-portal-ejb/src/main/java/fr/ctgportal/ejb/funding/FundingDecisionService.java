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
import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Caf's funding decisions: an advisor prepares a post's decision for a year from its agreed
 * weighing (the doctrine computes it and everything is stored), a manager approves it or sends it
 * back; the authority reads its approved decisions and their letter. Approved decisions never change.
 * The {@link PostFundingDecision} owns the rules.
 */
@Stateless
@Interceptors(DomainRules.class)
public class FundingDecisionService extends UseCase {

    /** How many decisions awaiting approval the totals list (the oldest first). */
    public static final int PENDING_SHOWN = 50;

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

    /**
     * The approved totals of a year in the caller's territories (per territory and in all, summed by
     * the database), the department's pilotage budget, and the decisions awaiting approval (the
     * {@value #PENDING_SHOWN} oldest; the others are in {@link #pageDecisions}).
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public FundingTotals totals(int year) {
        Scope scope = scope();
        List<FundingTotals.TerritoryTotal> territories = decisions.approvedTotals(scope, year).stream()
                .map(r -> new FundingTotals.TerritoryTotal((String) r[0], ((Number) r[1]).intValue(),
                        (BigDecimal) r[2], (BigDecimal) r[3]))
                .toList();
        PilotageBudget.Budget budget = PilotageBudget.on(LocalDate.of(year, 1, 1));
        List<DecisionRow> pending = rows(decisions.page(scope,
                new PageRequest(0, PENDING_SHOWN, "preparedAt", false, Map.of("year", String.valueOf(year),
                        "status", DecisionStatus.PREPARED.name()))));
        return new FundingTotals(year, territories,
                territories.stream().map(FundingTotals.TerritoryTotal::funding).reduce(BigDecimal.ZERO,
                        BigDecimal::add),
                territories.stream().map(FundingTotals.TerritoryTotal::cooperationFte).reduce(BigDecimal.ZERO,
                        BigDecimal::add),
                budget.amount(), budget.cooperationFte(), scope.all(), pending);
    }

    /**
     * One page of the funding decisions of the caller's territories (every territory for a manager).
     * Sort fields and filters: {@link FundingDecisions#page}; a statement count that does not depend on
     * the number of decisions (names of the preparers and deciders in at most two queries).
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public Page<DecisionRow> pageDecisions(PageRequest request) {
        Page<PostFundingDecision> page = decisions.page(scope(), request);
        return new Page<>(rows(page), page.total());
    }

    /** The page's decisions as list lines, the names of who prepared and decided read together. */
    private List<DecisionRow> rows(Page<PostFundingDecision> page) {
        Map<String, String> names = people.namesOf(page.rows().stream()
                .flatMap(d -> Stream.of(d.getPrepared().by(), d.getDecided() == null ? null : d.getDecided().by()))
                .filter(Objects::nonNull).toList());
        return page.rows().stream().map(d -> DecisionRow.of(d, names)).toList();
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
}
