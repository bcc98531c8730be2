package fr.ctgportal.model.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a post's milestones from its facts and its territory's dates. A milestone is due by the
 * first day of its phase: the Ctg renewal for phases 1 and 2 (evaluations must exist before the
 * renewal, the weighing and exclusions apply from it), the phase-3 deadline for director functions.
 * It is late from the day after. A post not concerned by an exclusion meets it at once; a post the
 * Caf no longer funds is no longer concerned by the plan: all its milestones are met (none is late).
 * The funding is limited to 50 % of the time on the mission once an approved decision exists, made
 * from an agreed weighing (issue 13: whatever the phase it was computed in).
 */
public final class Milestones {

    private Milestones() {
    }

    /**
     * @param renewal        the territory's Ctg renewal, null if not set
     * @param phase3Deadline the territory's phase-3 deadline, null if not set
     */
    public static List<MilestoneCheck> of(PostFacts f, LocalDate renewal, LocalDate phase3Deadline, LocalDate today) {
        List<MilestoneCheck> checks = new ArrayList<>();
        checks.add(check(Milestone.EVALUATIONS_SET_UP, f.notFunded() || f.evaluationsSetUp(), renewal, today));
        checks.add(check(Milestone.WEIGHING_AGREED, f.notFunded() || f.weighingAgreed(), renewal, today));
        checks.add(check(Milestone.EXCLUSIONS_APPLIED, f.notFunded()
                || f.weighingAgreed() && (!f.excludedByPhase2() || f.decidedSinceRenewal() && !f.fundedSinceRenewal()),
                renewal, today));
        checks.add(
                check(Milestone.FUNDING_WITHIN_MISSION, f.notFunded() || f.weighingAgreed() && f.decidedWithinRule(),
                        renewal, today));
        checks.add(check(Milestone.DIRECTOR_FUNCTIONS_REMOVED,
                f.notFunded() || !f.director() || f.decidedSincePhase3() && !f.fundedSincePhase3(), phase3Deadline,
                today));
        return List.copyOf(checks);
    }

    private static MilestoneCheck check(Milestone milestone, boolean met, LocalDate dueOn, LocalDate today) {
        MilestoneState state = met
                ? MilestoneState.DONE
                : dueOn != null && today.isAfter(dueOn) ? MilestoneState.LATE : MilestoneState.DUE;
        return new MilestoneCheck(milestone, state, dueOn);
    }
}
