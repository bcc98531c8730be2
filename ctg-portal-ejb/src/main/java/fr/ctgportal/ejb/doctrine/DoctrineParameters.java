package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.model.doctrine.ParameterChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives {@link PortalDoctrine} the parameter changes recorded in the database: at start-up, once
 * the schema is up to date ({@link fr.ctgportal.ejb.platform.SchemaMigration}), and after each
 * recorded change is committed. One portal instance: a second one would see a change at its next
 * start.
 */
@ApplicationScoped
public class DoctrineParameters {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    public void load() {
        PortalDoctrine.use(em.createQuery("select c from ParameterChange c order by c.validFrom, c.id", ParameterChange.class)
                .getResultList().stream().map(ParameterChange::toValue).toList());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ParameterChanged event) {
        load();
    }

    /** Fired when a Caf manager recorded a new parameter value. */
    public record ParameterChanged(long changeId) {
    }
}
