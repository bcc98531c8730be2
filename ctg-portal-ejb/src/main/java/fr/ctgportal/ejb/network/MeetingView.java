package fr.ctgportal.ejb.network;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A departmental network meeting; {@code presentPostIds} only lists the posts the reader may see.
 *
 * @param present how many posts' officers attended, in the reader's scope
 */
public record MeetingView(long id, long version, LocalDate heldOn, String title, String recordedBy,
        Set<Long> presentPostIds, int present) implements Serializable {
}
