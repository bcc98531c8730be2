package fr.ctgportal.ejb.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the queued notifications: right after each committing transaction that queued some, and
 * every minute for those that failed ({@link MailRelay}). One relay runs at a time on a node; the
 * relays of several nodes share the outbox through the row lock each delivery takes
 * ({@link MailDelivery#deliver(long)}), so a mail is sent by one node only.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MailDelivery delivery;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        executor.submit(this::relay);
    }

    /** Sends every pending mail; if a relay is already running, it will go round once more. */
    public void relay() {
        again.set(true);
        while (again.get() && running.tryLock()) {
            try {
                again.set(false);
                for (Long id : delivery.pending()) {
                    try {
                        delivery.deliver(id);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "mail " + id + " not sent", e);
                    }
                }
            } finally {
                running.unlock();
            }
        }
    }
}
