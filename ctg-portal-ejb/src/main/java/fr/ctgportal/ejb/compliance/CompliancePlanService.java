package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.territory.Territories;
import fr.ctgportal.model.compliance.CompliancePlan;
import fr.ctgportal.model.compliance.PlanDates;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compliance plan's follow-up: each post's milestones computed from the data, the territories'
 * phases on a timeline for the Caf, and the few facts the data cannot tell yet, recorded by the Caf
 * (evaluations set up, officers' committee) with the territory's plan dates. The rules of those
 * facts are the model's ({@link CompliancePlan}, {@link PlanDates}).
 */
@Stateless
@Interceptors(DomainRules.class)
public class CompliancePlanService extends UseCase {

    @Inject
    private PostAccess access;

    @Inject
    private MilestoneFacts facts;

    @Inject
    private Posts posts;

    @Inject
    private Territories territories;

    /**
     * The milestones of a post, for its employer's HR and the Caf of its territory.
     *
     * @throws NotFoundException if there is no such post or the caller is party to neither side
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public PostMilestones postMilestones(long postId) {
        return facts.of(List.of(access.read(caller(), postId).post())).get(0);
    }

    /** The milestones of the posts of the caller's authority. */
    @RolesAllowed(AUTHORITY_HR)
    public List<PostMilestones> ownMilestones() {
        return facts.of(posts.ofAuthorities(scope().authorityIds()));
    }

    /** The caller's territories in the compliance plan (with or without posts), by renewal date, with their posts' milestones. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<TerritoryPlan> territoryPlans() {
        Scope scope = scope();
        List<Territory> territories = this.territories.ofCaf(scope);
        if (territories.isEmpty()) {
            return List.of();
        }
        List<CooperationPost> posts = this.posts.ofCaf(scope);
        Map<Long, Long> territoryOfPost = posts.stream()
                .collect(Collectors.toMap(CooperationPost::getId, p -> p.getTerritory().getId()));
        Map<Long, List<PostMilestones>> milestones = facts.of(posts).stream()
                .collect(Collectors.groupingBy(m -> territoryOfPost.get(m.postId())));
        Map<Long, List<CooperationPost>> byTerritory = posts.stream()
                .collect(Collectors.groupingBy(p -> p.getTerritory().getId()));
        LocalDate today = LocalDate.now(clock);
        return territories.stream().map(t -> {
            int funded = (int) byTerritory.getOrDefault(t.getId(), List.of()).stream()
                    .filter(CompliancePlanService::funded).count();
            return new TerritoryPlan(t.getId(), t.getVersion(), t.getName(), t.getCtgStart(), t.getCtgRenewal(),
                    t.getPhase3Deadline(), t.getCtgEnd(), MilestoneFacts.phaseOf(t, today), funded,
                    t.getOfficersCommitteeSince(), funded > 1 && t.getOfficersCommitteeSince() == null,
                    milestones.getOrDefault(t.getId(), List.of()),
                    CompliancePhase.phase1From(t.getCtgStart(), funded));
        }).sorted(Comparator.comparing((TerritoryPlan p) -> p.ctgRenewal() == null ? LocalDate.MAX : p.ctgRenewal())
                .thenComparing(TerritoryPlan::territoryName)).toList();
    }

    /**
     * The Caf records the day the post's evaluations on the national indicators were set up (phase 1).
     *
     * @throws NotFoundException       if the post is not the Caf's to follow for the caller
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException if the post changed since {@code expectedVersion}
     * @throws fr.ctgportal.ejb.platform.InvalidInputException   {@code plan.error.evaluationsDate} (missing or future day)
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void recordEvaluationsSetUp(long postId, long expectedVersion, LocalDate on) {
        Caller caller = caller();
        CooperationPost post = access.forChange(caller, postId, expectedVersion, Side.CAF).post();
        post.evaluationsSetUp(CompliancePlan.evaluationsSetUpOn(on, LocalDate.now(clock)));
        audit.record(caller, AuditAction.EVALUATIONS_SET_UP, post, Texts.text("audit.evaluationsSetUp",
                DoctrineFormats.date(on)), null);
    }

    /**
     * The Caf records the officers' committee of a territory (null: none any more), with a reason.
     *
     * @throws NotFoundException if the territory is outside the caller's portfolio
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException if it changed since {@code expectedVersion}
     * @throws fr.ctgportal.ejb.platform.InvalidInputException   {@code plan.error.committeeDate} (a future day),
     *                                                           or the reason over {@link TextLimit#SHORT_REASON}
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void recordOfficersCommittee(long territoryId, long expectedVersion, LocalDate since, String reason) {
        Caller caller = caller();
        Territory t = territoryForChange(caller, territoryId, expectedVersion);
        t.setOfficersCommitteeSince(CompliancePlan.committeeSince(since, LocalDate.now(clock)));
        audit.record(caller, AuditAction.OFFICERS_COMMITTEE, t, since == null
                ? Texts.text("audit.noCommittee")
                : Texts.text("audit.committee", DoctrineFormats.date(since)), TextLimit.SHORT_REASON.optional(reason));
    }

    /**
     * A Caf manager sets the territory's renewal and phase-3 dates, which set its phase, with a reason.
     *
     * @throws NotFoundException if there is no such territory
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException if it changed since {@code expectedVersion}
     * @throws fr.ctgportal.ejb.platform.InvalidInputException   {@code plan.error.phase3BeforeRenewal},
     *                                                           {@code plan.error.reason} (blank), or the reason
     *                                                           over {@link TextLimit#SHORT_REASON}
     */
    @RolesAllowed(CAF_MANAGER)
    public void setPlanDates(long territoryId, long expectedVersion, LocalDate renewal, LocalDate phase3Deadline,
            String reason) {
        Caller caller = caller();
        Territory t = territoryForChange(caller, territoryId, expectedVersion);
        PlanDates dates = new PlanDates(renewal, phase3Deadline);
        String why = TextLimit.SHORT_REASON.required(reason, "plan.error.reason");
        String before = describe(t.getCtgRenewal(), t.getPhase3Deadline());
        t.setCtgDates(t.getCtgStart(), t.getCtgEnd(), dates.renewal());
        t.setPhase3Deadline(dates.phase3Deadline());
        audit.record(caller, AuditAction.PLAN_DATES, t,
                Texts.text("audit.planDates", before, describe(dates.renewal(), dates.phase3Deadline())), why);
    }

    /** The territory, locked at the version the user read, if the Caf side of the caller's scope covers it. */
    private Territory territoryForChange(Caller caller, long territoryId, long expectedVersion) {
        Territory t = records.find(Territory.class, territoryId);
        if (!parties.scopeOf(caller).coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        return records.forChange(t, expectedVersion);
    }

    private static boolean funded(CooperationPost p) {
        return p.getFundingEndedOn() == null && p.getCurrentFunding() != null && p.getCurrentFunding().signum() > 0;
    }

    private static String describe(LocalDate renewal, LocalDate phase3Deadline) {
        return Texts.text("audit.planDates.dates", day(renewal), day(phase3Deadline));
    }

    private static String day(LocalDate day) {
        return day == null ? Texts.text("audit.planDates.unset") : DoctrineFormats.date(day);
    }
}
