package fr.ctgportal.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Resolves a caller's {@link Scope} from the portal's own records: authority membership (recorded
 * from the identity provider's {@code authority} claim at sign-in) and the Caf advisors' portfolios.
 * Every use case asks it before reading or changing anything.
 */
@ApplicationScoped
public class Tenancy {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    public Scope scopeOf(Caller caller) {
        boolean all = caller.has(Roles.CAF_MANAGER);
        Set<Long> authorities = new HashSet<>();
        Set<Long> territories = new HashSet<>();
        if (!all && (caller.has(Roles.AUTHORITY_HR) || caller.has(Roles.COOPERATION_OFFICER))) {
            authorities.addAll(em.createNamedQuery("AuthorityMember.authorityIdsOf", Long.class)
                    .setParameter("username", caller.username()).getResultList());
        }
        if (!all && caller.has(Roles.CAF_ADVISOR)) {
            territories.addAll(em.createNamedQuery("CafAdvisor.portfolioIdsOf", Long.class)
                    .setParameter("username", caller.username()).getResultList());
        }
        return new Scope(all, Set.copyOf(authorities), Set.copyOf(territories));
    }
}
