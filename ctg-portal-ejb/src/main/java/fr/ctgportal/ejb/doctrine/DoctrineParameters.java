package fr.ctgportal.ejb.doctrine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds {@link PortalDoctrine} with the parameter changes recorded in the database at start-up, once
 * the schema is up to date ({@link fr.ctgportal.ejb.platform.SchemaMigration}), so that the first
 * request does not pay for it. Later changes, made on any node, are picked up by
 * {@link PortalDoctrine#current()} itself.
 */
@ApplicationScoped
public class DoctrineParameters {

    @Inject
    private PortalDoctrine doctrine;

    public void load() {
        doctrine.current();
    }
}
