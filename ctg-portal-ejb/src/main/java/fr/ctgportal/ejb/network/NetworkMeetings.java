package fr.ctgportal.ejb.network;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.network.NetworkMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The departmental network meetings (repository of the {@link NetworkMeeting} aggregate, named queries). */
@ApplicationScoped
public class NetworkMeetings extends Repository<NetworkMeeting> {

    /** @return every meeting, the latest held first */
    public List<NetworkMeeting> newestFirst() {
        return em.createNamedQuery("NetworkMeeting.newestFirst", NetworkMeeting.class).getResultList();
    }

    /** @return the latest meeting whose attendance was taken, if any */
    public Optional<NetworkMeeting> latestWithAttendance() {
        return em.createNamedQuery("NetworkMeeting.latestWithAttendance", NetworkMeeting.class).setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
