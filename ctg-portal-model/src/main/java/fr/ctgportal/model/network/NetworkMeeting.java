package fr.ctgportal.model.network;

import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A meeting of the departmental network of cooperation officers, organised by the Caf, with the
 * posts whose officer attended. The Caf records it after the meeting ({@link #record}: held on a past
 * day or today, with a title) and may correct the attendance ({@link #recordAttendance}); the
 * doctrine flags officers absent from these meetings. Refusals are {@link DomainRuleException}s
 * carrying the key of the message shown.
 */
@Entity
@Table(name = "network_meeting")
@NamedQueries({
        @NamedQuery(name = "NetworkMeeting.newestFirst", query = "select m from NetworkMeeting m order by m.heldOn desc, m.id desc"),
        @NamedQuery(name = "NetworkMeeting.latestWithAttendance", query = "select m from NetworkMeeting m where m.attendanceUpdatedAt is not null "
                + "order by m.heldOn desc, m.id desc")
})
public class NetworkMeeting extends VersionedEntity {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToMany
    @JoinTable(name = "network_attendance", joinColumns = @JoinColumn(name = "meeting_id"), inverseJoinColumns = @JoinColumn(name = "post_id"))
    private Set<CooperationPost> present = new HashSet<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "recorded_by", nullable = false)),
            @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false))
    })
    private Stamp recorded;

    @Column(name = "attendance_updated_at")
    private Instant attendanceUpdatedAt;

    protected NetworkMeeting() {
        // for JPA
    }

    private NetworkMeeting(LocalDate heldOn, String title, Stamp recorded) {
        this.heldOn = heldOn;
        this.title = title;
        this.recorded = recorded;
    }

    /**
     * The Caf records a meeting that took place.
     *
     * @param heldOn the day of the meeting, {@code today} at the latest
     * @param title  its subject, required, {@link TextLimit#TITLE} characters at most once stripped
     * @throws DomainRuleException {@code network.error.date} or {@code network.error.title}
     */
    public static NetworkMeeting record(LocalDate heldOn, String title, Stamp recorded, LocalDate today) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new DomainRuleException("network.error.date");
        }
        // One message for a missing or an over-long title: it states the limit.
        if (title == null || title.isBlank() || TextLimit.length(title.strip()) > TextLimit.TITLE.max()) {
            throw new DomainRuleException("network.error.title");
        }
        return new NetworkMeeting(heldOn, TextLimit.TITLE.optional(title), recorded);
    }

    /**
     * Replaces the attendance of the posts the recorder follows ({@code recordersPost}: those of their
     * territories) by {@code attended}; the other posts keep what was recorded for them.
     */
    public void recordAttendance(Predicate<CooperationPost> recordersPost, Set<CooperationPost> attended, Instant at) {
        present.removeIf(recordersPost);
        present.addAll(attended);
        attendanceUpdatedAt = at; // a column change, so that the version moves with the attendance
    }

    /** @return whether the post's officer attended (the post compared by id once saved) */
    public boolean attendedBy(CooperationPost post) {
        return present.stream().anyMatch(p -> p == post || p.getId() != null && p.getId().equals(post.getId()));
    }

    public LocalDate getHeldOn() { return heldOn; }
    public String getTitle() { return title; }
    public Set<CooperationPost> getPresent() { return present; }
    public Stamp getRecorded() { return recorded; }
}
