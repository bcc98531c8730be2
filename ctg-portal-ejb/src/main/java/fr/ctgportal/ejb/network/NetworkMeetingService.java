package fr.ctgportal.ejb.network;

import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.network.NetworkMeeting;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Stamp;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.model.post.PostStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The departmental network meetings of the cooperation officers, recorded by the Caf with who
 * attended. An advisor records the attendance of the posts of their territories, a manager of all.
 * The meeting owns its rules ({@link NetworkMeeting}).
 */
@Stateless
@Interceptors(DomainRules.class)
public class NetworkMeetingService extends UseCase {

    @Inject
    private PostAccess access;

    @Inject
    private NetworkMeetings meetings;

    @Inject
    private Posts posts;

    /** The meetings, newest first, with the attendance of the caller's posts. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<MeetingView> meetings() {
        Scope scope = scope();
        return meetings.newestFirst().stream().map(m -> view(m, scope)).toList();
    }

    /**
     * The officers whose attendance the caller records: the holders of the funded posts of the
     * caller's territories (a vacant post has no officer; a post whose funding ended, or recruited
     * despite the Caf's unfavourable opinion, is no longer in the network), by territory, authority
     * and holder.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<Attendee> attendees() {
        return posts.ofCaf(scope()).stream().filter(NetworkMeetingService::inNetwork)
                .map(p -> new Attendee(p.getId(), p.getHolderName(), p.getTitle(), p.getEmployer().getName(),
                        p.getTerritory().getId(), p.getTerritory().getName()))
                .sorted(Comparator.comparing(Attendee::territoryName).thenComparing(Attendee::employerName)
                        .thenComparing(Attendee::holderName).thenComparingLong(Attendee::postId))
                .toList();
    }

    private static boolean inNetwork(CooperationPost p) {
        return p.getStatus() == PostStatus.FILLED && p.getHolderName() != null && p.getFundingEndedOn() == null
                && !p.isUnfundedByOpinion();
    }

    /**
     * A manager records a meeting held on a past day (or today).
     *
     * @return the meeting's id
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code network.error.date} or {@code network.error.title}
     */
    @RolesAllowed(CAF_MANAGER)
    public long record(LocalDate heldOn, String title) {
        Caller caller = caller();
        NetworkMeeting meeting = meetings.add(NetworkMeeting.record(heldOn, title,
                Stamp.of(caller.username(), clock.instant()), LocalDate.now(clock)));
        audit.record(caller, AuditAction.NETWORK_MEETING, meeting,
                Texts.text("audit.networkMeeting", meeting.getTitle(),
                        DoctrineFormats.date(meeting.getHeldOn())),
                null);
        return meeting.getId();
    }

    /**
     * Records who attended, among the posts of the caller's territories: the others keep what was
     * recorded for them.
     *
     * @throws fr.ctgportal.ejb.platform.NotFoundException       for an unknown meeting, or a post the caller
     *                                                           does not follow (like an unknown one)
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException if the meeting changed since {@code expectedVersion}
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void recordAttendance(long meetingId, long expectedVersion, Set<Long> presentPostIds) {
        Caller caller = caller();
        NetworkMeeting meeting = records.forChange(records.find(NetworkMeeting.class, meetingId), expectedVersion);
        Set<CooperationPost> attended = new HashSet<>();
        for (long id : presentPostIds) {
            attended.add(access.read(caller, id).post());
        }
        Scope scope = parties.scopeOf(caller);
        // Only the officers listed to the caller are (un)ticked: a post that left the network keeps what
        // was recorded for it.
        meeting.recordAttendance(p -> scope.coversTerritory(p.getTerritory().getId()) && inNetwork(p), attended,
                clock.instant());
        audit.record(caller, AuditAction.NETWORK_ATTENDANCE, meeting, Texts.text("audit.networkAttendance",
                attended.stream().map(p -> Texts.text("audit.networkAttendee", p.getTitle(), p.getEmployer().getName()))
                        .sorted().collect(Collectors.joining(", "))),
                null);
    }

    /** The attendance of a post's officer at each meeting, newest first, for its HR and the Caf. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<AttendanceLine> attendance(long postId) {
        CooperationPost post = access.read(caller(), postId).post();
        return meetings.newestFirst().stream()
                .map(m -> new AttendanceLine(m.getHeldOn(), m.getTitle(), m.attendedBy(post))).toList();
    }

    private static MeetingView view(NetworkMeeting m, Scope scope) {
        Set<Long> present = m.getPresent().stream()
                .filter(p -> scope.coversTerritory(p.getTerritory().getId()))
                .map(CooperationPost::getId).collect(Collectors.toSet());
        return new MeetingView(m.getId(), m.getVersion(), m.getHeldOn(), m.getTitle(), m.getRecorded().by(), present,
                present.size());
    }
}
