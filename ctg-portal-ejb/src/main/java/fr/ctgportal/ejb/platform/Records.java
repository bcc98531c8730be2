package fr.ctgportal.ejb.platform;

import fr.ctgportal.model.shared.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The one way a use case loads a record: {@link #find} answers "not found" for an unknown id, and
 * {@link #forChange} is the single concurrency primitive. A change locks the row for the rest of the
 * transaction (so a double submit waits for the first one, then is refused) and is refused if the
 * record changed since the user read it.
 */
@ApplicationScoped
public class Records {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /**
     * @return the record with this id
     * @throws NotFoundException if there is none (the caller's scope is checked by {@code Parties})
     */
    public <T> T find(Class<T> type, Object id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException();
        }
        return found;
    }

    /**
     * Locks a record the caller may change, at the version the user read.
     *
     * @param expectedVersion the {@code @Version} the user's page was built from
     * @return the same record, refreshed and locked ({@code PESSIMISTIC_WRITE}) until the end of the transaction
     * @throws ConcurrentEditException if someone else saved it since
     */
    public <T extends Versioned> T forChange(T record, long expectedVersion) {
        lock(record);
        if (record.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return record;
    }

    /**
     * As {@link #forChange}, for an aggregate whose change may touch only its parts (child rows): its version goes
     * up at commit all the same ({@code OPTIMISTIC_FORCE_INCREMENT}), so that a page built on the former state is
     * refused.
     *
     * @throws ConcurrentEditException if someone else saved it since
     */
    public <T extends Versioned> T forChangeOfParts(T record, long expectedVersion) {
        forChange(record, expectedVersion);
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return record;
    }

    /**
     * Locks a record until the end of the transaction without a version check: for changes that do
     * not depend on what the user read (a new child record, a daily job), so that two of them queue.
     *
     * @return the same record, refreshed
     */
    public <T> T lock(T record) {
        em.refresh(record, LockModeType.PESSIMISTIC_WRITE);
        return record;
    }
}
