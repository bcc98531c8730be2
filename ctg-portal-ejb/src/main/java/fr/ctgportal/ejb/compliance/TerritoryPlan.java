package fr.ctgportal.ejb.compliance;

import fr.ctgportal.model.compliance.MilestoneState;
import fr.ctgportal.model.doctrine.CompliancePhase;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A territory's place in the compliance plan: its Ctg dates, its phase today, its posts'
 * milestones, and the officers' committee it needs with several funded posts.
 *
 * <p>The periods of the plan, as the timeline draws them (doctrine of 15/11/2024): phase 1 from
 * {@code phase1From} (2025, or the Ctg's start if later; only with funded posts) to the renewal;
 * phase 2 at the renewal; phase 3 the period of the renewed Ctg before the deadline the Caf sets,
 * from the renewal to {@code phase3Deadline}. {@link #phase()} is the rules in force today (those of
 * phase 3 apply from the deadline).
 *
 * @param committeeMissing several funded posts and no officers' committee recorded
 * @param phase1From       when phase 1 starts for the territory; null without funded posts
 */
public record TerritoryPlan(long territoryId, long territoryVersion, String territoryName, LocalDate ctgStart,
        LocalDate ctgRenewal, LocalDate phase3Deadline, LocalDate ctgEnd, CompliancePhase phase,
        int fundedPosts, LocalDate officersCommitteeSince, boolean committeeMissing,
        List<PostMilestones> posts, LocalDate phase1From) implements Serializable {

    public long count(MilestoneState state) {
        return posts.stream().mapToLong(p -> p.count(state)).sum();
    }
}
