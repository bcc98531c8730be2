package fr.ctgportal.ejb.audit;

import fr.ctgportal.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the audit trail back: what happened to one record (the timelines). */
@ApplicationScoped
public class AuditHistory {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /**
     * @param entityClass the record's entity class (the trail names records by it, see {@link AuditTrail#entityType})
     * @param id          the record's id
     * @return the events recorded on that record, oldest first
     */
    public List<AuditEvent> of(Class<?> entityClass, Long id) {
        return em.createNamedQuery("AuditEvent.ofRecord", AuditEvent.class)
                .setParameter("type", AuditTrail.entityType(entityClass)).setParameter("id", id).getResultList();
    }
}
