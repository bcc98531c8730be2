package fr.ctgportal.model.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity with a generated id and a version (column {@code version}) that JPA increments on each
 * change: optimistic locking, checked against what the user read ({@link Versioned}).
 */
@MappedSuperclass
public abstract class VersionedEntity extends IdentifiedEntity implements Versioned {

    @Version
    private long version;

    @Override
    public long getVersion() { return version; }
}
