package fr.ctgportal.ejb.compliance;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.ejb.post.CafPosts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compliance plan's follow-up: each post's milestones computed from the data, the territories'
 * phases on a timeline for the Caf, and the few facts the data cannot tell yet, recorded by the Caf
 * (evaluations set up, officers' committee) with the territory's plan dates.
 */
@Stateless
public class CompliancePlanService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private PostAccess access;

    @Inject
    private MilestoneFacts facts;

    @Inject
    private CafPosts cafPosts;

    @Inject
    private AuditTrail audit;

    /** The milestones of a post, for its employer's HR and the Caf of its territory. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public PostMilestones postMilestones(long postId) {
        OnPost on = access.read(Caller.of(context), postId);
        return facts.of(List.of(on.post())).get(0);
    }

    /** The milestones of the posts of the caller's authority. */
    @RolesAllowed(AUTHORITY_HR)
    public List<PostMilestones> ownMilestones() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (scope.authorityIds().isEmpty()) {
            return List.of();
        }
        return facts.of(em.createQuery("select p from CooperationPost p join fetch p.territory join fetch p.employer "
                + "where p.employer.id in :ids order by p.territory.name, p.id", CooperationPost.class)
                .setParameter("ids", scope.authorityIds()).getResultList());
    }

    /** The caller's territories in the compliance plan (with or without posts), by renewal date, with their posts' milestones. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<TerritoryPlan> territoryPlans() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (!scope.all() && scope.territoryIds().isEmpty()) {
            return List.of();
        }
        List<CooperationPost> posts = cafPosts.of(scope);
        Map<Long, Long> territoryOfPost = posts.stream()
                .collect(Collectors.toMap(CooperationPost::getId, p -> p.getTerritory().getId()));
        Map<Long, List<PostMilestones>> milestones = facts.of(posts).stream()
                .collect(Collectors.groupingBy(m -> territoryOfPost.get(m.postId())));
        Map<Long, List<CooperationPost>> byTerritory = posts.stream()
                .collect(Collectors.groupingBy(p -> p.getTerritory().getId()));
        var territories = em.createQuery("select t from Territory t" + (scope.all() ? "" : " where t.id in :ids"),
                Territory.class);
        if (!scope.all()) {
            territories.setParameter("ids", scope.territoryIds());
        }
        LocalDate today = PortalDoctrine.today();
        return territories.getResultList().stream().map(t -> {
            int funded = (int) byTerritory.getOrDefault(t.getId(), List.of()).stream()
                    .filter(CompliancePlanService::funded).count();
            return new TerritoryPlan(t.getId(), t.getVersion(), t.getName(), t.getCtgStart(), t.getCtgRenewal(),
                    t.getPhase3Deadline(), t.getCtgEnd(), MilestoneFacts.phaseOf(t, today), funded,
                    t.getOfficersCommitteeSince(), funded > 1 && t.getOfficersCommitteeSince() == null,
                    milestones.getOrDefault(t.getId(), List.of()));
        }).sorted(java.util.Comparator.comparing((TerritoryPlan p) -> p.ctgRenewal() == null ? LocalDate.MAX : p.ctgRenewal())
                .thenComparing(TerritoryPlan::territoryName)).toList();
    }

    /** The Caf records the day the post's evaluations on the national indicators were set up (phase 1). */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void recordEvaluationsSetUp(long postId, long expectedVersion, LocalDate on) {
        OnPost post = access.lock(Caller.of(context), postId);
        if (post.side() != Side.CAF) {
            throw new NotFoundException();
        }
        if (post.post().getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (on == null || on.isAfter(PortalDoctrine.today())) {
            throw new InvalidInputException("plan.error.evaluationsDate");
        }
        post.post().evaluationsSetUp(on);
        audit.record(post.caller(), "EVALUATIONS_SET_UP", "CooperationPost", postId,
                "évaluations mises en place le " + DoctrineFormats.date(on), null);
    }

    /** The Caf records the officers' committee of a territory (null: none any more), with a reason. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void recordOfficersCommittee(long territoryId, long expectedVersion, LocalDate since, String reason) {
        Caller caller = Caller.of(context);
        Territory t = lockTerritory(caller, territoryId, expectedVersion);
        if (since != null && since.isAfter(PortalDoctrine.today())) {
            throw new InvalidInputException("plan.error.committeeDate");
        }
        t.setOfficersCommitteeSince(since);
        audit.record(caller, "OFFICERS_COMMITTEE", "Territory", territoryId, since == null ? "aucun comité"
                : "comité des chargés de coopération depuis le " + DoctrineFormats.date(since), blankToNull(reason));
    }

    /** A Caf manager sets the territory's renewal and phase-3 dates, which set its phase, with a reason. */
    @RolesAllowed(CAF_MANAGER)
    public void setPlanDates(long territoryId, long expectedVersion, LocalDate renewal, LocalDate phase3Deadline,
                             String reason) {
        Caller caller = Caller.of(context);
        Territory t = lockTerritory(caller, territoryId, expectedVersion);
        if (phase3Deadline != null && (renewal == null || phase3Deadline.isBefore(renewal))) {
            throw new InvalidInputException("plan.error.phase3BeforeRenewal");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("plan.error.reason");
        }
        String before = dates(t.getCtgRenewal(), t.getPhase3Deadline());
        t.setCtgDates(t.getCtgStart(), t.getCtgEnd(), renewal);
        t.setPhase3Deadline(phase3Deadline);
        audit.record(caller, "PLAN_DATES", "Territory", territoryId, before + " → " + dates(renewal, phase3Deadline),
                reason.strip());
    }

    private Territory lockTerritory(Caller caller, long territoryId, long expectedVersion) {
        Territory t = em.find(Territory.class, territoryId);
        if (t == null || !tenancy.scopeOf(caller).coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        em.refresh(t, LockModeType.PESSIMISTIC_WRITE);
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return t;
    }

    private static boolean funded(CooperationPost p) {
        return p.getFundingEndedOn() == null && p.getCurrentFunding() != null && p.getCurrentFunding().signum() > 0;
    }

    private static String dates(LocalDate renewal, LocalDate phase3) {
        return "renouvellement " + (renewal == null ? "—" : DoctrineFormats.date(renewal)) + ", phase 3 "
                + (phase3 == null ? "—" : DoctrineFormats.date(phase3));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
