package fr.ctgportal.model.audit;

import fr.ctgportal.model.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded decision or change: who did what, when, on which record, and why. Append-only: the
 * audit trail is never updated nor deleted by the application.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.ofRecord", query = "select e from AuditEvent e "
        + "where e.entityType = :type and e.entityId = :id order by e.occurredAt, e.id")
public class AuditEvent extends IdentifiedEntity {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column
    private String detail;

    @Column
    private String reason;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String entityType, Long entityId,
            String detail, String reason) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
        this.reason = reason;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getDetail() { return detail; }
    public String getReason() { return reason; }
}
