package fr.ctgportal.ejb.network;

import java.io.Serializable;

/**
 * A cooperation officer who may attend a departmental network meeting: the holder of a funded post,
 * named so that the Caf recognises them (the holder, the post's reference, its authority).
 *
 * @param postId the post's reference ("poste n° …")
 */
public record Attendee(long postId, String holderName, String postTitle, String employerName, long territoryId,
        String territoryName) implements Serializable {
}
