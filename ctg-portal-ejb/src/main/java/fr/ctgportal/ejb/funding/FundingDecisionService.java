package fr.ctgportal.ejb.funding;

import fr.ctgportal.ejb.platform.DomainRules;
import jakarta.interceptor.Interceptors;
import fr.ctgportal.model.shared.TextLimit;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.doctrine.PilotageBudget;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.funding.PostFundingDecision;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.territory.Territory;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Caf's funding decisions: an advisor prepares a post's decision for a year from its agreed
 * weighing (the doctrine computes it and everything is stored), a manager approves it or sends it
 * back; the authority reads its approved decisions and their letter. Approved decisions never change.
 */
@Stateless
@Interceptors(DomainRules.class)
public class FundingDecisionService {

    private static final String ENTITY = "FundingDecision";

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private PostAccess access;

    @Inject
    private Tenancy tenancy;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    /** Prepares the decision of a post for a year (this year or the next), from its agreed weighing. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public long prepare(long postId, int year) {
        OnPost on = access.lock(Caller.of(context), postId);
        if (on.side() != Side.CAF) {
            throw new NotFoundException();
        }
        CooperationPost post = on.post();
        LocalDate today = PortalDoctrine.today();
        if (year < today.getYear() || year > today.getYear() + 1) {
            throw new InvalidInputException("funding.error.year", String.valueOf(today.getYear()),
                    String.valueOf(today.getYear() + 1));
        }
        boolean taken = !em.createQuery("select d.id from PostFundingDecision d where d.post = :p and d.year = :y "
                        + "and d.status <> :returned", Long.class).setParameter("p", post).setParameter("y", year)
                .setParameter("returned", DecisionStatus.RETURNED).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("funding.error.alreadyPrepared", String.valueOf(year));
        }
        if (post.isUnfundedByOpinion()) {
            throw new InvalidInputException("funding.error.unfundedByOpinion");
        }
        if (post.getFundingEndedOn() != null) {
            throw new InvalidInputException("funding.error.fundingEnded",
                    DoctrineFormats.date(post.getFundingEndedOn()));
        }
        Weighing agreed = em.createQuery("select w from Weighing w where w.post = :p and w.status = :s", Weighing.class)
                .setParameter("p", post).setParameter("s", WeighingStatus.AGREED).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("funding.error.noAgreedWeighing"));
        // The decision is for the year: it applies the doctrine as it stands on its first day, or today.
        LocalDate day = year == today.getYear() ? today : LocalDate.of(year, 1, 1);
        Territory territory = post.getTerritory();
        FundingDecision decision;
        try {
            CompliancePhase phase = CompliancePhase.at(territory.getCtgRenewal(), territory.getPhase3Deadline(), day);
            decision = PortalDoctrine.evaluate(post.situation(), phase, day);
        } catch (InvalidSituationException e) {
            throw new InvalidInputException("doctrine.error.invalidSituation", e.getMessage());
        }
        PostFundingDecision prepared = PostFundingDecision.prepared(post, year, agreed, decision,
                on.caller().username(), Instant.now());
        em.persist(prepared);
        em.flush();
        audit.record(on.caller(), "FUNDING_PREPARED", ENTITY, prepared.getId(), "poste " + post.getId() + ", "
                + year + " : " + DoctrineFormats.money(decision.cafFunding()) + (decision.funded() ? "" : " (non financé)"),
                null);
        return prepared.getId();
    }

    /**
     * Approves a prepared decision, unless what it was computed from changed since: its weighing
     * replaced, or the post no longer fundable (funding ended, recruited despite an unfavourable
     * opinion). The advisor then prepares it again.
     */
    @RolesAllowed(CAF_MANAGER)
    public void approve(long decisionId, long expectedVersion) {
        Caller caller = Caller.of(context);
        PostFundingDecision d = forDecision(caller, decisionId, expectedVersion);
        CooperationPost changed = d.getPost();
        if (d.getWeighing().getStatus() != WeighingStatus.AGREED || changed.getFundingEndedOn() != null
                || changed.isUnfundedByOpinion()) {
            throw new InvalidInputException("funding.error.outdated");
        }
        d.approve(caller.username(), Instant.now());
        audit.record(caller, "FUNDING_APPROVED", ENTITY, d.getId(), "poste " + d.getPost().getId() + ", " + d.getYear()
                + " : " + DoctrineFormats.money(d.getCafFunding()), null);
        CooperationPost post = d.getPost();
        notifications.toAuthority(post.getEmployer(), "funding.approved", "/collectivite/poste.xhtml?id=" + post.getId(),
                post.getTitle(), post.getEmployer().getName(), String.valueOf(d.getYear()));
    }

    @RolesAllowed(CAF_MANAGER)
    public void sendBack(long decisionId, long expectedVersion, String reason) {
        Caller caller = Caller.of(context);
        if (reason == null || reason.isBlank() || TextLimit.length(reason.strip()) > TextLimit.REASON.max()) {
            throw new InvalidInputException("funding.error.returnReason");
        }
        String why = TextLimit.REASON.optional(reason);
        PostFundingDecision d = forDecision(caller, decisionId, expectedVersion);
        d.sendBack(why, caller.username(), Instant.now());
        audit.record(caller, "FUNDING_RETURNED", ENTITY, d.getId(), "poste " + d.getPost().getId() + ", " + d.getYear(),
                why);
    }

    /** The decisions of a post: all for the Caf, the approved ones for the employer's HR. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<DecisionView> listPostDecisions(long postId) {
        OnPost on = access.read(Caller.of(context), postId);
        return em.createQuery("select d from PostFundingDecision d where d.post = :p order by d.year desc, d.id desc",
                        PostFundingDecision.class).setParameter("p", on.post()).getResultList().stream()
                .filter(d -> on.side() == Side.CAF || d.getStatus() == DecisionStatus.APPROVED)
                .map(DecisionView::of).toList();
    }

    /** The decisions of a year in the caller's territories, the approved totals and the budget. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public FundingTotals totals(int year) {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        // The decisions' lines and weighings in a few batched queries, not a few per decision.
        List<PostFundingDecision> all = em.createQuery("select d from PostFundingDecision d join fetch d.post p "
                        + "join fetch p.territory join fetch p.employer where d.year = :y", PostFundingDecision.class)
                .setParameter("y", year).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "d.weighing").setHint("eclipselink.batch", "d.findings")
                .setHint("eclipselink.batch", "d.steps").setHint("eclipselink.batch", "d.parameters")
                .getResultList().stream()
                .filter(d -> scope.coversTerritory(d.getPost().getTerritory().getId())).toList();
        List<PostFundingDecision> approved = all.stream().filter(d -> d.getStatus() == DecisionStatus.APPROVED).toList();
        Map<String, List<PostFundingDecision>> byTerritory = approved.stream()
                .collect(Collectors.groupingBy(d -> d.getPost().getTerritory().getName(), TreeMap::new, Collectors.toList()));
        List<FundingTotals.TerritoryTotal> territories = byTerritory.entrySet().stream()
                .map(e -> new FundingTotals.TerritoryTotal(e.getKey(), e.getValue().size(),
                        sum(e.getValue(), PostFundingDecision::getCafFunding),
                        sum(e.getValue(), PostFundingDecision::getCooperationFte)))
                .toList();
        PilotageBudget.Budget budget = PilotageBudget.on(LocalDate.of(year, 1, 1));
        return new FundingTotals(year, territories, sum(approved, PostFundingDecision::getCafFunding),
                sum(approved, PostFundingDecision::getCooperationFte), budget.amount(), budget.cooperationFte(),
                scope.all(), approved.stream().sorted(Comparator.comparing((PostFundingDecision d) -> d.getPost().getTerritory().getName())
                        .thenComparing(d -> d.getPost().getTitle())).map(DecisionView::of).toList(),
                all.stream().filter(d -> d.getStatus() == DecisionStatus.PREPARED).map(DecisionView::of).toList());
    }

    /** The decision letter (PDF) of an approved decision, for the employer's HR and the Caf. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload decisionLetter(long decisionId) {
        PostFundingDecision d = em.find(PostFundingDecision.class, decisionId);
        if (d == null || d.getStatus() != DecisionStatus.APPROVED) {
            throw new NotFoundException();
        }
        access.read(Caller.of(context), d.getPost().getId());
        return new DocumentDownload("decision-financement-" + d.getYear() + "-poste-" + d.getPost().getId() + ".pdf",
                "application/pdf", DecisionLetter.of(DecisionView.of(d)));
    }

    private PostFundingDecision forDecision(Caller caller, long decisionId, long expectedVersion) {
        PostFundingDecision d = em.find(PostFundingDecision.class, decisionId);
        if (d == null) {
            throw new NotFoundException();
        }
        access.read(caller, d.getPost().getId());
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (d.getStatus() != DecisionStatus.PREPARED) {
            throw new InvalidInputException("funding.error.notPending");
        }
        return d;
    }

    private static BigDecimal sum(List<PostFundingDecision> decisions,
                                  java.util.function.Function<PostFundingDecision, BigDecimal> value) {
        return decisions.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
