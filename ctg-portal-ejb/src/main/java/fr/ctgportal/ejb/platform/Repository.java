package fr.ctgportal.ejb.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The common part of the repositories (one per aggregate, {@code @ApplicationScoped}, named queries
 * declared on the entity): the persistence context and the saving of a new record. The finders are
 * each repository's own.
 *
 * @param <T> the aggregate's root entity
 */
public abstract class Repository<T> {

    @PersistenceContext(unitName = "ctg")
    protected EntityManager em;

    /**
     * Saves a new record and writes it now, so that its id is known on return (the audit trail and the
     * screens name it).
     *
     * @return the same record, with its id
     */
    public <S extends T> S add(S record) {
        em.persist(record);
        em.flush();
        return record;
    }
}
