package fr.ctgportal.model.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity whose id the database generates (column {@code id}, auto-increment): the one mapping of
 * the ids, which every table of the portal shares.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** @return the id, or null until the entity is saved (persisted and flushed) */
    public Long getId() { return id; }
}
