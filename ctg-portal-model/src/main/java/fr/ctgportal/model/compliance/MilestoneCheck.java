package fr.ctgportal.model.compliance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A milestone of a post on a day.
 *
 * @param dueOn the first day of its phase in the territory; null while the Caf has not set that date
 */
public record MilestoneCheck(Milestone milestone, MilestoneState state, LocalDate dueOn) implements Serializable {
}
