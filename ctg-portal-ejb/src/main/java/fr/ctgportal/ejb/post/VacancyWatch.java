package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.platform.OneAtATime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily watch on vacant posts: the Caf funds a vacant post during the doctrine's grace period
 * (2 months); after it, without a replacement recruited, the funding is suspended and both sides
 * are told. A departure announced ahead makes its post vacant on its day. One post per transaction;
 * a failing post is logged and skipped.
 */
@ApplicationScoped
public class VacancyWatch {

    private static final Logger LOG = Logger.getLogger(VacancyWatch.class.getName());

    @Inject
    private VacancySteps steps;

    /**
     * First makes vacant the posts whose announced departure day has come, then suspends the funding
     * of those vacant beyond the grace period.
     *
     * @return how many posts had their funding suspended
     */
    public int suspendExpired(LocalDate today) {
        OneAtATime.count(steps.departuresDue(today), id -> steps.startIfDue(id, today), LOG,
                "announced departure of post");
        return OneAtATime.count(steps.vacantAndFunded(), id -> steps.suspendIfExpired(id, today), LOG,
                "vacancy watch of post");
    }
}
