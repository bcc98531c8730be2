package fr.ctgportal.ejb.territory;

import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.platform.PagedQuery;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import fr.ctgportal.model.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Ctg territories (repository of the {@link Territory} aggregate). */
@ApplicationScoped
public class Territories {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /**
     * @return the territories of the Caf side of the scope (all for a manager, the portfolio for an
     *         advisor), by name; an authority membership adds none
     */
    public List<Territory> ofCaf(Scope scope) {
        if (scope.all()) {
            return em.createNamedQuery("Territory.all", Territory.class).getResultList();
        }
        return scope.territoryIds().isEmpty()
                ? List.of()
                : em.createNamedQuery("Territory.withIds", Territory.class)
                        .setParameter("ids", scope.territoryIds()).getResultList();
    }

    /**
     * One page of the territories of the Caf side of the scope. Sort fields: {@code name} (default),
     * {@code population}, {@code areaKm2}; the global search looks in the name.
     */
    public Page<Territory> page(Scope scope, PageRequest request) {
        return PagedQuery.of(em, Territory.class)
                .where((cb, t) -> List.of(scope.asCondition(cb, null, t.get("id"))))
                .search((cb, t) -> t.get("name"))
                .sort("name", (cb, t) -> t.get("name"))
                .sort("population", (cb, t) -> t.get("population"))
                .sort("areaKm2", (cb, t) -> t.get("areaKm2"))
                .page(request);
    }

    /**
     * The totals of the Caf side of the scope, summed by the database: territories and population, then
     * the funded posts (funding not ended), their cooperation FTE (each post's rounded to 2 decimals,
     * like {@code CooperationPost#getCooperationFte}) and the pilotage bonus paid today (euros a year).
     *
     * @return {territories, population, posts, cooperation FTE, current funding}
     */
    public Object[] totals(Scope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> territories = cb.createQuery(Object[].class);
        Root<Territory> t = territories.from(Territory.class);
        territories.multiselect(cb.count(t), cb.sum(t.<Integer>get("population")))
                .where(scope.asCondition(cb, null, t.get("id")));
        Object[] area = em.createQuery(territories).getSingleResult();
        CriteriaQuery<Object[]> posts = cb.createQuery(Object[].class);
        Root<CooperationPost> p = posts.from(CooperationPost.class);
        Predicate[] where = {cb.isNull(p.get("fundingEndedOn")),
                scope.asCondition(cb, null, p.get("territory").get("id"))};
        posts.multiselect(cb.count(p),
                cb.sum(cb.round(cb.prod(p.<BigDecimal>get("employmentFte"), p.<BigDecimal>get("cooperationShare")), 2)),
                cb.sum(p.<BigDecimal>get("currentFunding"))).where(where);
        Object[] funded = em.createQuery(posts).getSingleResult();
        return new Object[]{area[0], area[1] == null ? 0L : ((Number) area[1]).longValue(), funded[0],
                funded[1] == null ? BigDecimal.ZERO : funded[1], funded[2] == null ? BigDecimal.ZERO : funded[2]};
    }

    /** @return the name of each territory's lead authority, by territory id (none for a territory without) */
    public Map<Long, String> leadAuthorityNames(Collection<Long> territoryIds) {
        return territoryIds.isEmpty()
                ? Map.of()
                : em.createNamedQuery("Territory.leadAuthorityNames", Object[].class)
                        .setParameter("ids", territoryIds).getResultList().stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** @return every territory, by name */
    public List<Territory> all() {
        return em.createNamedQuery("Territory.all", Territory.class).getResultList();
    }

    /** @return whether a territory already has that SIREN or that name */
    public boolean existsWithSirenOrName(String siren, String name) {
        return !em.createNamedQuery("Territory.withSirenOrName", Territory.class).setParameter("siren", siren)
                .setParameter("name", name).getResultList().isEmpty();
    }

    /** @return the territories no advisor follows, by name */
    public List<Territory> withoutAdvisor() {
        return em.createNamedQuery("Territory.withoutAdvisor", Territory.class).getResultList();
    }

    /** Saves a new territory (its id is read after the flush). */
    public void add(Territory territory) {
        em.persist(territory);
        em.flush();
    }

    /**
     * The territories with posts whose renewal or phase-3 date is not set yet: their id, name and Ctg
     * end date.
     */
    public List<Object[]> workPlanDatesToSet() {
        return em.createNamedQuery("Territory.workPlanDatesToSet", Object[].class).getResultList();
    }
}
