package fr.ctgportal.ejb.usecase;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Parties;
import fr.ctgportal.ejb.security.Scope;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * What every use case (a {@code @Stateless} session bean acting for a signed-in user) works with,
 * declared once: its EJB context, from which the caller is read ({@link #caller()}: the
 * container's principal, right even just after the OpenID Connect callback, when Jakarta Security's
 * {@code SecurityContext} may not be), the parties' sides, the records loaded for a change, the audit
 * trail and the portal's clock (Europe/Paris). It declares no public method, so it adds nothing to the
 * beans' views; each bean still declares its roles and {@code @Interceptors(DomainRules.class)}.
 */
public abstract class UseCase {

    /** The bean's EJB context: the caller is {@link #caller()}. */
    @Resource
    protected SessionContext context;

    /** Which side (authority or Caf) the caller is on for a record, or {@code NotFoundException}. */
    @Inject
    protected Parties parties;

    /** Loads a record, for reading or for a change checked against the version read. */
    @Inject
    protected Records records;

    /** Records who did what, in the use case's transaction. */
    @Inject
    protected AuditTrail audit;

    /** The portal's clock (Europe/Paris): {@code LocalDate.now(clock)}, {@code clock.instant()}. */
    @Inject
    protected Clock clock;

    /** @return who calls the use case: the container's principal and the portal roles it granted */
    protected Caller caller() {
        return Caller.of(context);
    }

    /** @return what part of the data the caller may see (authorities, territories, or everything) */
    protected Scope scope() {
        return parties.scopeOf(caller());
    }
}
