package fr.ctgportal.web.workqueue;

import fr.ctgportal.ejb.workqueue.WorkQueue;
import fr.ctgportal.ejb.workqueue.WorkQueues;
import fr.ctgportal.web.faces.Lazy;
import fr.ctgportal.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What awaits the signed-in user ("À traiter"): the home page of each area opens on it and the menu
 * shows its count, read once per request. A user with no role of the areas (administrator only) has
 * none.
 */
@Named("workQueue")
@RequestScoped
public class WorkQueueView {

    @Inject
    private WorkQueues queues;

    @Inject
    private CurrentUser user;

    @Inject
    private Clock clock;

    private final Lazy<WorkQueue> queue = new Lazy<>(
            () -> user.isCafUser() || user.isAuthorityUser() ? queues.mine() : new WorkQueue(List.of()));

    public WorkQueue getQueue() { return queue.get(); }

    /** @return how many lines await the user (the menu's badge) */
    public int getTotal() { return queue.get().total(); }

    /** @return whether that due date has passed (the line is shown late) */
    public boolean late(LocalDate due) {
        return due != null && due.isBefore(LocalDate.now(clock));
    }
}
