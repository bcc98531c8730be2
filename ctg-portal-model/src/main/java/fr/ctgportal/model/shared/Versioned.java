package fr.ctgportal.model.shared;

/**
 * An aggregate whose changes are checked against the version the user read (optimistic locking,
 * JPA {@code @Version}): every service loads it for a change through one primitive
 * ({@code Records.forChange} in the EJB layer).
 */
public interface Versioned {

    /** @return the version JPA increments on each change of the aggregate */
    long getVersion();
}
