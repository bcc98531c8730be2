package fr.ctgportal.ejb.regulation;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.regulation.TerritoryReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dated structures, competences and specifics of the territories (repository of {@link TerritoryReference}). */
@ApplicationScoped
public class TerritoryReferences extends Repository<TerritoryReference> {

    /** @return each territory's version in force on that day, by territory id (one query for all) */
    public Map<Long, TerritoryReference> inForce(LocalDate on) {
        Map<Long, TerritoryReference> latest = new LinkedHashMap<>();
        for (TerritoryReference r : em.createNamedQuery("TerritoryReference.all", TerritoryReference.class)
                .getResultList()) {
            if (!r.getValidFrom().isAfter(on)) {
                latest.putIfAbsent(r.getTerritory().getId(), r);
            }
        }
        return latest;
    }

    /** @return every version of a territory, newest first */
    public List<TerritoryReference> ofTerritory(long territoryId) {
        return em.createNamedQuery("TerritoryReference.ofTerritory", TerritoryReference.class)
                .setParameter("territory", territoryId).getResultList();
    }
}
