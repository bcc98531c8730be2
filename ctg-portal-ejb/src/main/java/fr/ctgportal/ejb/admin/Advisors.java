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

    /** Adds a new advisor (their account is created in the identity provider in the same use case). */
    public void add(CafAdvisor advisor) {
        em.persist(advisor);
        em.flush(); // its id, for the portfolio
    }

    /**
     * Writes the pending changes (a territory just assigned) before the next assignment of the same
     * transaction: that one locks the advisor, which reads it again from the database.
     */
    public void flush() {
        em.flush();
    }

    /** @return the advisor with this login, if any */
    public java.util.Optional<CafAdvisor> withUsername(String username) {
        return em.createNamedQuery("CafAdvisor.withUsername", CafAdvisor.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

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
