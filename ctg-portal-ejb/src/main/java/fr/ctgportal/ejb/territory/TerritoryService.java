package fr.ctgportal.ejb.territory;

import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Caf's view of the Ctg territories: an advisor's portfolio, or all of them for a manager. */
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
        if (scope.isEmpty()) {
            return List.of();
        }
        String where = scope.all() ? "" : " where t.id in :ids";
        var query = em.createQuery("select t from Territory t left join fetch t.leadAuthority" + where
                + " order by t.name", Territory.class);
        if (!scope.all()) {
            query.setParameter("ids", scope.territoryIds());
        }
        List<Territory> territories = query.getResultList();
        Map<Long, List<CooperationPost>> byTerritory = postsOf(territories.stream().map(Territory::getId).toList());
        return territories.stream().map(t -> summarize(t, byTerritory.getOrDefault(t.getId(), List.of()))).toList();
    }

    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public TerritoryDetail findTerritory(long territoryId) {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        Territory territory = em.find(Territory.class, territoryId);
        if (territory == null || !scope.coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        List<CooperationPost> list = postsOf(List.of(territoryId)).getOrDefault(territoryId, List.of());
        return new TerritoryDetail(summarize(territory, list), list.stream().map(PostView::of).toList());
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

    private static TerritorySummary summarize(Territory t, List<CooperationPost> list) {
        BigDecimal fte = sum(list, CooperationPost::getCooperationFte).setScale(2, RoundingMode.HALF_UP);
        BigDecimal funding = sum(list, CooperationPost::getCurrentFunding);
        return new TerritorySummary(t.getId(), t.getName(),
                t.getLeadAuthority() == null ? null : t.getLeadAuthority().getName(), t.getPopulation(),
                t.getAreaKm2(), t.getFamilyServiceStructures(), t.getCtgStart(), t.getCtgEnd(), t.getCtgRenewal(),
                list.size(), fte, funding);
    }

    private static BigDecimal sum(List<CooperationPost> list, Function<CooperationPost, BigDecimal> value) {
        return list.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
