package fr.ctgportal.ejb.territory;

import fr.ctgportal.ejb.security.Scope;
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
