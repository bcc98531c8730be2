package fr.ctgportal.web.network;

import fr.ctgportal.ejb.network.Attendee;
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

/**
 * The departmental network meetings: a manager records them; the Caf records who attended, one meeting
 * at a time (the most recent by default): the page carries one check box per officer, not one per officer
 * and meeting.
 */
@Named
@ViewScoped
public class NetworkView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkMeetingService network;

    private List<MeetingView> meetings;
    private List<Attendee> posts;
    /** The territory the attendance lists show (null: all). */
    private Long territoryId;
    private LocalDate heldOn;
    private String title;
    /** The meeting whose attendance is being edited (null: none recorded yet). */
    private Long editing;
    /** Per meeting edited, per post: present. */
    private final Map<Long, Map<Long, Boolean>> present = new HashMap<>();

    @PostConstruct
    void load() {
        meetings = network.meetings();
        posts = network.attendees();
        if (!meetings.isEmpty()) {
            edit(meetings.get(0));
        }
    }

    /** Shows the attendance of that meeting to edit (the ticks of another meeting are dropped). */
    public void edit(MeetingView m) {
        editing = m.id();
        present.clear();
        Map<Long, Boolean> ticks = new HashMap<>();
        posts.forEach(p -> ticks.put(p.postId(), m.presentPostIds().contains(p.postId())));
        present.put(m.id(), ticks);
    }

    /** @return whether the attendance of that meeting is the one being edited */
    public boolean isEditing(MeetingView m) {
        return editing != null && editing == m.id();
    }

    public String record() {
        return Actions.run("network.saved.meeting", () -> network.record(heldOn, title), "");
    }

    public String saveAttendance(MeetingView m) {
        Set<Long> ids = present.get(m.id()).entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        return Actions.run("network.saved.attendance", () -> network.recordAttendance(m.id(), m.version(), ids), "");
    }

    /** "Tout cocher": every officer listed (of the territory chosen) is ticked present at the meeting. */
    public void tickAll(MeetingView m) {
        getShownPosts().forEach(p -> present.get(m.id()).put(p.postId(), true));
    }

    /** The territories of the listed officers, for the filter: id → name, by name. */
    public Map<Long, String> getTerritories() {
        Map<Long, String> byId = new java.util.LinkedHashMap<>();
        posts.stream().sorted(java.util.Comparator.comparing(Attendee::territoryName))
                .forEach(p -> byId.putIfAbsent(p.territoryId(), p.territoryName()));
        return byId;
    }

    /** The officers of the territory chosen (all without a choice). */
    public List<Attendee> getShownPosts() {
        return territoryId == null ? posts : posts.stream().filter(p -> p.territoryId() == territoryId).toList();
    }

    public List<MeetingView> getMeetings() { return meetings; }
    public List<Attendee> getPosts() { return posts; }
    public Long getTerritoryId() { return territoryId; }
    public void setTerritoryId(Long territoryId) { this.territoryId = territoryId; }
    public Map<Long, Map<Long, Boolean>> getPresent() { return present; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
