package fr.ctgportal.ejb.workqueue;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of a work queue: what to do, where (the page of the action, from the context root), by
 * when, and on which post, named so that posts with the same title can be told apart.
 *
 * @param label         what the line is about beyond the post: a year (report, decision), a version
 *                      number (weighing), a territory's name (plan dates); null when the post says it all
 * @param link          the page where the action is done, from the context root
 * @param dueDate       the date the action is due by, or null when none is set
 * @param since         since when the work awaits (an opinion given, a decision prepared, a vacancy), or null
 * @param postReference the post's short reference ({@code CTG-0042} or the Caf's own); null without a post
 * @param postTitle     the post's title (the file's for a post to create); null without a post
 * @param authorityName the post's employer; null without a post
 * @param holderName    the post's holder (the holder before the vacancy for a vacant post), or null
 */
public record WorkItem(WorkKind kind, String label, String link, LocalDate dueDate, LocalDate since,
        String postReference, String postTitle, String authorityName, String holderName) implements Serializable {
}
