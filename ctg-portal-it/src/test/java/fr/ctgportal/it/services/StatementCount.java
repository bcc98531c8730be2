package fr.ctgportal.it.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Test-only: counts the SQL statements EclipseLink sends while a use case runs on the test's thread
 * (a session event listener on {@code preExecuteCall}, one event per statement, lazy loads and batch
 * reads included). Installed through reflection so that the portal's modules need no EclipseLink
 * dependency; inert outside {@link #during}.
 */
@ApplicationScoped
public class StatementCount {

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    private boolean installed;

    /** @return the SQL statements sent on this thread while {@code action} ran */
    public long during(Runnable action) {
        install();
        long[] count = {0};
        COUNTING.set(count);
        try {
            action.run();
        } finally {
            COUNTING.remove();
        }
        return count[0];
    }

    private synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Object delegate = em.getDelegate();
            Object server = delegate.getClass().getMethod("getServerSession").invoke(delegate);
            Object events = server.getClass().getMethod("getEventManager").invoke(server);
            Class<?> listener = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", false,
                    server.getClass().getClassLoader());
            Object counter = Proxy.newProxyInstance(listener.getClassLoader(), new Class<?>[]{listener},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "preExecuteCall" -> {
                            long[] count = COUNTING.get();
                            if (count != null) {
                                count[0]++;
                            }
                            yield null;
                        }
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "toString" -> "statement counter";
                        default -> null;
                    });
            Method add = events.getClass().getMethod("addListener", listener);
            add.invoke(events, counter);
            installed = true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot count statements on this persistence provider", e);
        }
    }
}
