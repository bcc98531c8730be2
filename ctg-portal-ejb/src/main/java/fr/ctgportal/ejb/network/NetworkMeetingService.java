package fr.ctgportal.ejb.network;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.ejb.post.CafPosts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.network.NetworkMeeting;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The departmental network meetings of the cooperation officers, recorded by the Caf with who
 * attended. An advisor records the attendance of the posts of their territories, a manager of all.
 */
@Stateless
public class NetworkMeetingService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private PostAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private CafPosts cafPosts;

    /** The meetings, newest first, with the attendance of the caller's posts. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<MeetingView> meetings() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        return em.createQuery("select m from NetworkMeeting m order by m.heldOn desc, m.id desc", NetworkMeeting.class)
                .getResultList().stream().map(m -> view(m, scope)).toList();
    }

    /** A manager records a meeting held on a past day (or today). */
    @RolesAllowed(CAF_MANAGER)
    public long record(LocalDate heldOn, String title) {
        if (heldOn == null || heldOn.isAfter(PortalDoctrine.today())) {
            throw new InvalidInputException("network.error.date");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new InvalidInputException("network.error.title");
        }
        Caller caller = Caller.of(context);
        NetworkMeeting meeting = new NetworkMeeting(heldOn, title.strip(), caller.username(), Instant.now());
        em.persist(meeting);
        em.flush();
        audit.record(caller, "NETWORK_MEETING", "NetworkMeeting", meeting.getId(),
                title.strip() + " le " + DoctrineFormats.date(heldOn), null);
        return meeting.getId();
    }

    /**
     * Records who attended, among the posts of the caller's territories: the others keep what was
     * recorded for them. A post outside those territories is refused like an unknown one.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void recordAttendance(long meetingId, long expectedVersion, Set<Long> presentPostIds) {
        Caller caller = Caller.of(context);
        NetworkMeeting meeting = em.find(NetworkMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException();
        }
        if (meeting.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        Set<CooperationPost> attended = new HashSet<>();
        for (long id : presentPostIds) {
            attended.add(access.read(caller, id).post());
        }
        meeting.recordAttendance(new HashSet<>(cafPosts.of(tenancy.scopeOf(caller))), attended, Instant.now());
        audit.record(caller, "NETWORK_ATTENDANCE", "NetworkMeeting", meetingId, attended.stream()
                .map(p -> p.getTitle() + " (" + p.getEmployer().getName() + ")").sorted()
                .collect(Collectors.joining(", ", "présents : ", "")), null);
    }

    /** The attendance of a post's officer at each meeting, newest first, for its HR and the Caf. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<AttendanceLine> attendance(long postId) {
        CooperationPost post = access.read(Caller.of(context), postId).post();
        return em.createQuery("select m from NetworkMeeting m order by m.heldOn desc, m.id desc", NetworkMeeting.class)
                .getResultList().stream()
                .map(m -> new AttendanceLine(m.getHeldOn(), m.getTitle(), m.getPresent().contains(post))).toList();
    }

    private static MeetingView view(NetworkMeeting m, Scope scope) {
        Set<Long> present = m.getPresent().stream()
                .filter(p -> scope.coversTerritory(p.getTerritory().getId()))
                .map(CooperationPost::getId).collect(Collectors.toSet());
        return new MeetingView(m.getId(), m.getVersion(), m.getHeldOn(), m.getTitle(), m.getRecordedBy(), present,
                present.size());
    }
}
