package fr.ctgportal.model.network;

import fr.ctgportal.model.post.CooperationPost;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A meeting of the departmental network of cooperation officers, organised by the Caf, with the
 * posts whose officer attended. The Caf records it after the meeting and may correct the
 * attendance; the doctrine flags officers absent from these meetings.
 */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToMany
    @JoinTable(name = "network_attendance", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "post_id"))
    private Set<CooperationPost> present = new HashSet<>();

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "attendance_updated_at")
    private Instant attendanceUpdatedAt;

    protected NetworkMeeting() {
        // for JPA
    }

    public NetworkMeeting(LocalDate heldOn, String title, String recordedBy, Instant recordedAt) {
        this.heldOn = heldOn;
        this.title = title;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Replaces the attendance of the posts in {@code within} (the recorder's territories) by {@code attended}. */
    public void recordAttendance(Set<CooperationPost> within, Set<CooperationPost> attended, Instant at) {
        present.removeAll(within);
        present.addAll(attended);
        attendanceUpdatedAt = at; // a column change, so that the version moves with the attendance
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getTitle() { return title; }
    public Set<CooperationPost> getPresent() { return present; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
