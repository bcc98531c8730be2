package fr.ctgportal.ejb.compliance;

import fr.ctgportal.model.compliance.MilestoneCheck;
import fr.ctgportal.model.compliance.MilestoneState;
import fr.ctgportal.model.doctrine.CompliancePhase;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The milestones of one post on the day.
 *
 * @param phase               its territory's phase today; null when the territory's dates are inconsistent
 * @param evaluationsSetUpOn  as recorded by the Caf, null if not yet
 * @param missedLastMeeting   the officer was absent from the latest departmental network meeting
 * @param fundingEndedOn      the day a compliance procedure ended the post's funding, null while funded
 */
public record PostMilestones(long postId, long postVersion, String postTitle, String employerName, String territoryName,
        CompliancePhase phase, List<MilestoneCheck> milestones, LocalDate evaluationsSetUpOn,
        boolean missedLastMeeting, LocalDate fundingEndedOn) implements Serializable {

    public long count(MilestoneState state) {
        return milestones.stream().filter(m -> m.state() == state).count();
    }

    /** @return true once a compliance procedure ended the post's funding: no procedure nor evaluations then */
    public boolean fundingEnded() {
        return fundingEndedOn != null;
    }
}
