package fr.ctgportal.ejb.admin;

import fr.ctgportal.model.advisor.CafAdvisor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Caf's advisors and their portfolios, for their administration. */
@ApplicationScoped
public class Advisors {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return every advisor with their portfolio, by name */
    public List<CafAdvisor> all() {
        return em.createNamedQuery("CafAdvisor.all", CafAdvisor.class).getResultList();
    }

    /** @return the names of the advisors following each territory, by territory id (none for a territory without) */
    public Map<Long, List<String>> namesByTerritory() {
        return em.createNamedQuery("CafAdvisor.namesFollowing", Object[].class).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }
}
