package fr.ctgportal.ejb.audit;

import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records who did what, when, on which record and why, in the caller's transaction: a decision and
 * its trace are saved together or not at all. The record is named by its entity class (simple name)
 * and id; details come from the bundle ({@code Texts}), never as French written in code.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * @param entity the persistent record acted on (its class names it, its id is read from JPA)
     * @param detail what was done, in French (from the bundle), or null
     * @param reason why, as the person wrote it, or null
     */
    public void record(Caller caller, AuditAction action, Object entity, String detail, String reason) {
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        em.persist(new AuditEvent(clock.instant(), caller.username(), action.name(), entityType(entity.getClass()),
                (Long) id, detail, reason));
    }

    /** @return how records of this class are named in the trail (the timeline queries by it) */
    public static String entityType(Class<?> entityClass) {
        return entityClass.getSimpleName();
    }

    /**
     * Records an act on records of a kind rather than on one record (e.g. a login's memberships replaced as a whole).
     *
     * @param entityClass the kind of records acted on; the event names no id
     */
    public void recordOnKind(Caller caller, AuditAction action, Class<?> entityClass, String detail, String reason) {
        em.persist(new AuditEvent(clock.instant(), caller.username(), action.name(), entityType(entityClass), null,
                detail, reason));
    }
}
