package fr.ctgportal.web.network;

import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.compliance.PostMilestones;
import fr.ctgportal.ejb.network.MeetingView;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.web.faces.Actions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The departmental network meetings: a manager records them; the Caf records who attended. */
@Named
@ViewScoped
public class NetworkView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkMeetingService network;

    @Inject
    private CompliancePlanService plan;

    private List<MeetingView> meetings;
    private List<PostMilestones> posts;
    private LocalDate heldOn;
    private String title;
    /** Per meeting, per post: present. */
    private final Map<Long, Map<Long, Boolean>> present = new HashMap<>();

    @PostConstruct
    void load() {
        meetings = network.meetings();
        posts = plan.territoryPlans().stream().flatMap(t -> t.posts().stream()).toList();
        for (MeetingView m : meetings) {
            Map<Long, Boolean> ticks = new HashMap<>();
            posts.forEach(p -> ticks.put(p.postId(), m.presentPostIds().contains(p.postId())));
            present.put(m.id(), ticks);
        }
    }

    public String record() {
        return Actions.run("network.saved.meeting", () -> network.record(heldOn, title), "");
    }

    public String saveAttendance(MeetingView m) {
        Set<Long> ids = present.get(m.id()).entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        return Actions.run("network.saved.attendance", () -> network.recordAttendance(m.id(), m.version(), ids), "");
    }

    public List<MeetingView> getMeetings() { return meetings; }
    public List<PostMilestones> getPosts() { return posts; }
    public Map<Long, Map<Long, Boolean>> getPresent() { return present; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
