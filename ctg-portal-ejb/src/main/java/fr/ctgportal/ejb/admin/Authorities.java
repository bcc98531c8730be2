package fr.ctgportal.ejb.admin;

import fr.ctgportal.model.authority.Authority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The authorities, for their administration. */
@ApplicationScoped
public class Authorities {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return every authority, open or closed, by name, with its territory */
    public List<Authority> all() {
        return em.createNamedQuery("Authority.all", Authority.class).getResultList();
    }

    /** @return the authority of that SIREN, or null */
    public Authority withSiren(String siren) {
        return em.createNamedQuery("Authority.withSirens", Authority.class).setParameter("sirens", List.of(siren))
                .getResultStream().findFirst().orElse(null);
    }

    /** @return how many posts the authority employs */
    public long postCount(long authorityId) {
        return em.createNamedQuery("CooperationPost.countOfEmployer", Long.class).setParameter("authority", authorityId)
                .getSingleResult();
    }

    /** Saves a new authority (its id is read after the flush). */
    public void add(Authority authority) {
        em.persist(authority);
        em.flush();
    }

    /** Deletes an authority that employs no post and has no other records. */
    public void remove(Authority authority) {
        em.remove(authority);
        em.flush();
    }
}
