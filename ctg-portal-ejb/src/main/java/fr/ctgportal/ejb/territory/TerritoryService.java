package fr.ctgportal.ejb.territory;

import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostVerdict;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Caf's view of the Ctg territories: an advisor's portfolio, or all of them for a manager, with
 * the funding the doctrine gives today next to the pilotage bonus paid today. The doctrine's total
 * is the sum of {@link PostVerdict}s, one evaluation per post, from the same single query.
 */
@Stateless
public class TerritoryService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<TerritorySummary> listTerritories() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (!scope.all() && scope.territoryIds().isEmpty()) {
            return List.of(); // the Caf side of the scope only: an authority membership adds no territory
        }
        String where = scope.all() ? "" : " where t.id in :ids";
        var query = em.createQuery("select t from Territory t left join fetch t.leadAuthority" + where
                + " order by t.name", Territory.class);
        if (!scope.all()) {
            query.setParameter("ids", scope.territoryIds());
        }
        List<Territory> territories = query.getResultList();
        Map<Long, List<CooperationPost>> byTerritory = postsOf(territories.stream().map(Territory::getId).toList());
        LocalDate today = PortalDoctrine.today();
        return territories.stream().map(t -> {
            List<CooperationPost> list = byTerritory.getOrDefault(t.getId(), List.of());
            return summarize(t, list, verdicts(list, today), today);
        }).toList();
    }

    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public TerritoryDetail findTerritory(long territoryId) {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        Territory territory = em.find(Territory.class, territoryId);
        if (territory == null || !scope.coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        List<CooperationPost> list = postsOf(List.of(territoryId)).getOrDefault(territoryId, List.of());
        LocalDate today = PortalDoctrine.today();
        Map<Long, PostVerdict> verdicts = verdicts(list, today);
        return new TerritoryDetail(summarize(territory, list, verdicts, today),
                list.stream().map(p -> PostView.of(p, verdicts.get(p.getId()))).toList());
    }

    /** One query for the posts of all listed territories (no query per territory). */
    private Map<Long, List<CooperationPost>> postsOf(Collection<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from CooperationPost p join fetch p.territory join fetch p.employer "
                        + "where p.territory.id in :ids order by p.id", CooperationPost.class)
                .setParameter("ids", territoryIds).getResultList().stream()
                .collect(Collectors.groupingBy(p -> p.getTerritory().getId()));
    }

    /** One doctrine evaluation per post, by post id, in the posts' order. */
    private static Map<Long, PostVerdict> verdicts(List<CooperationPost> list, LocalDate on) {
        Map<Long, PostVerdict> verdicts = new LinkedHashMap<>();
        list.forEach(p -> verdicts.put(p.getId(), PostVerdict.of(p, on)));
        return verdicts;
    }

    private static TerritorySummary summarize(Territory t, List<CooperationPost> list, Map<Long, PostVerdict> verdicts,
                                              LocalDate today) {
        BigDecimal fte = sum(list, CooperationPost::getCooperationFte).setScale(2, RoundingMode.HALF_UP);
        BigDecimal funding = sum(list, CooperationPost::getCurrentFunding);
        BigDecimal doctrineFunding = verdicts.values().stream().filter(PostVerdict::evaluated)
                .map(PostVerdict::cafFunding).reduce(new BigDecimal("0.00"), BigDecimal::add);
        long unevaluated = verdicts.values().stream().filter(v -> !v.evaluated()).count();
        String problem = verdicts.values().stream().map(PostVerdict::problem).filter(Objects::nonNull)
                .findFirst().orElse(null);
        CompliancePhase phase;
        try {
            phase = CompliancePhase.at(t.getCtgRenewal(), t.getPhase3Deadline(), today);
        } catch (InvalidSituationException e) {
            phase = null;
            problem = e.getMessage();
        }
        return new TerritorySummary(t.getId(), t.getName(),
                t.getLeadAuthority() == null ? null : t.getLeadAuthority().getName(), t.getPopulation(),
                t.getAreaKm2(), t.getFamilyServiceStructures(), t.getCtgStart(), t.getCtgEnd(), t.getCtgRenewal(),
                list.size(), fte, funding, phase, doctrineFunding, unevaluated, problem);
    }

    private static BigDecimal sum(List<CooperationPost> list, Function<CooperationPost, BigDecimal> value) {
        return list.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
