package fr.ctgportal.ejb.account;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Who works for which authority, and the Caf advisors' portfolios, by login (repository of the accounts' links). */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return the authorities with these SIRENs (unknown ones are ignored) */
    public List<Authority> authoritiesWithSirens(Collection<String> sirens) {
        return sirens.isEmpty()
                ? List.of()
                : em.createNamedQuery("Authority.withSirens", Authority.class)
                        .setParameter("sirens", sirens).getResultList();
    }

    /** @return the SIRENs of the authorities the login works for */
    public List<String> sirensOf(String username) {
        return em.createNamedQuery("AuthorityMember.sirensOf", String.class).setParameter("username", username)
                .getResultList();
    }

    /** @return the names of the authorities the login works for, by name */
    public List<String> authorityNamesOf(String username) {
        return em.createNamedQuery("AuthorityMember.authorityNamesOf", String.class).setParameter("username", username)
                .getResultList();
    }

    /** @return the names of the territories of the login's portfolio (Caf advisor), by name */
    public List<String> portfolioNamesOf(String username) {
        return em.createNamedQuery("CafAdvisor.portfolioNamesOf", String.class).setParameter("username", username)
                .getResultList();
    }

    /** The login works for these authorities only, from that instant. */
    public void replace(String username, List<Authority> authorities, Instant at) {
        em.createNamedQuery("AuthorityMember.removeAllOf").setParameter("username", username).executeUpdate();
        authorities.forEach(a -> em.persist(new AuthorityMember(username, a, at)));
    }
}
