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
 * @param committeeMissing several funded posts and no officers' committee recorded
 */
public record TerritoryPlan(long territoryId, long territoryVersion, String territoryName, LocalDate ctgStart,
        LocalDate ctgRenewal, LocalDate phase3Deadline, LocalDate ctgEnd, CompliancePhase phase,
        int fundedPosts, LocalDate officersCommitteeSince, boolean committeeMissing,
        List<PostMilestones> posts) implements Serializable {

    public long count(MilestoneState state) {
        return posts.stream().mapToLong(p -> p.count(state)).sum();
    }
}
