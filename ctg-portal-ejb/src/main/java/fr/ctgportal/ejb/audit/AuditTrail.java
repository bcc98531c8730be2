package fr.ctgportal.ejb.audit;

import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Records who did what, when, on which record and why, in the caller's transaction: a decision and
 * its trace are saved together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public void record(Caller caller, String action, String entityType, Long entityId, String detail, String reason) {
        em.persist(new AuditEvent(Instant.now(clock), caller.username(), action, entityType, entityId, detail, reason));
    }
}
