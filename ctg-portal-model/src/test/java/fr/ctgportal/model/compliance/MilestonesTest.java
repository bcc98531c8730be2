package fr.ctgportal.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    private static final LocalDate RENEWAL = LocalDate.of(2026, 1, 1);
    private static final LocalDate PHASE3 = LocalDate.of(2029, 12, 31);

    private static Map<Milestone, MilestoneState> states(PostFacts facts, LocalDate renewal, LocalDate today) {
        List<MilestoneCheck> checks = Milestones.of(facts, renewal, PHASE3, today);
        return checks.stream().collect(Collectors.toMap(MilestoneCheck::milestone, MilestoneCheck::state));
    }

    private static PostFacts nothing() {
        return new PostFacts(false, false, false, false, false, false, false, false, false);
    }

    @Test
    void dueUntilTheRenewalDayThenLate() {
        assertEquals(MilestoneState.DUE, states(nothing(), RENEWAL, RENEWAL).get(Milestone.WEIGHING_AGREED));
        assertEquals(MilestoneState.LATE,
                states(nothing(), RENEWAL, RENEWAL.plusDays(1)).get(Milestone.WEIGHING_AGREED));
        assertEquals(MilestoneState.LATE,
                states(nothing(), RENEWAL, RENEWAL.plusDays(1)).get(Milestone.EVALUATIONS_SET_UP));
    }

    @Test
    void withoutARenewalDateNothingIsLateAndTheDueDateIsUnknown() {
        List<MilestoneCheck> checks = Milestones.of(nothing(), null, null, LocalDate.of(2040, 1, 1));
        checks.forEach(c -> assertEquals(c.milestone() == Milestone.DIRECTOR_FUNCTIONS_REMOVED
                ? MilestoneState.DONE
                : MilestoneState.DUE, c.state(), c.milestone().name()));
        checks.forEach(c -> assertEquals(null, c.dueOn()));
    }

    @Test
    void aPostNotConcernedMeetsTheExclusionsOnceItsWeighingIsAgreed() {
        LocalDate after = RENEWAL.plusMonths(1);
        assertEquals(MilestoneState.LATE, states(nothing(), RENEWAL, after).get(Milestone.EXCLUSIONS_APPLIED),
                "the share is only known from an agreed weighing");
        PostFacts agreed = new PostFacts(false, true, false, false, false, false, false, false, false);
        assertEquals(MilestoneState.DONE, states(agreed, RENEWAL, after).get(Milestone.EXCLUSIONS_APPLIED));
        assertEquals(MilestoneState.LATE, states(agreed, RENEWAL, after).get(Milestone.FUNDING_WITHIN_MISSION),
                "no decision since the renewal");
    }

    @Test
    void anExcludedPostMeetsTheMilestoneOnlyWhenItsDecisionFundsNothing() {
        LocalDate after = RENEWAL.plusMonths(1);
        PostFacts stillFunded = new PostFacts(false, true, true, false, true, true, false, false, false);
        assertEquals(MilestoneState.LATE, states(stillFunded, RENEWAL, after).get(Milestone.EXCLUSIONS_APPLIED));
        PostFacts excluded = new PostFacts(false, true, true, false, true, false, false, false, false);
        assertEquals(MilestoneState.DONE, states(excluded, RENEWAL, after).get(Milestone.EXCLUSIONS_APPLIED));
        assertEquals(MilestoneState.DONE, states(excluded, RENEWAL, after).get(Milestone.FUNDING_WITHIN_MISSION));
    }

    @Test
    void aPostNoLongerFundedHasNoLateMilestone() {
        PostFacts ended = new PostFacts(false, false, true, true, false, false, false, false, true);
        Map<Milestone, MilestoneState> states = states(ended, RENEWAL, PHASE3.plusDays(1));
        assertEquals(MilestoneState.DONE, states.get(Milestone.EXCLUSIONS_APPLIED));
        assertEquals(MilestoneState.DONE, states.get(Milestone.FUNDING_WITHIN_MISSION));
        assertEquals(MilestoneState.DONE, states.get(Milestone.DIRECTOR_FUNCTIONS_REMOVED));
        // issue 13: a post whose funding ended is no longer late on anything (was: weighing still late)
        assertEquals(MilestoneState.DONE, states.get(Milestone.WEIGHING_AGREED));
        assertEquals(MilestoneState.DONE, states.get(Milestone.EVALUATIONS_SET_UP));
    }

    @Test
    void theFundingIsWithinTheMissionOnceAnApprovedDecisionExistsWhateverItsPhase() {
        LocalDate after = RENEWAL.plusMonths(1);
        PostFacts decidedBeforeRenewal = new PostFacts(true, true, false, false, false, false, false, false, false,
                true);
        assertEquals(MilestoneState.DONE,
                states(decidedBeforeRenewal, RENEWAL, after).get(Milestone.FUNDING_WITHIN_MISSION));
        PostFacts notDecided = new PostFacts(true, true, false, false, false, false, false, false, false, false);
        assertEquals(MilestoneState.LATE, states(notDecided, RENEWAL, after).get(Milestone.FUNDING_WITHIN_MISSION));
    }

    @Test
    void directorFunctionsAreDueByThePhase3Deadline() {
        PostFacts director = new PostFacts(true, true, false, true, true, true, false, false, false);
        assertEquals(MilestoneState.DUE, states(director, RENEWAL, PHASE3).get(Milestone.DIRECTOR_FUNCTIONS_REMOVED));
        assertEquals(MilestoneState.LATE,
                states(director, RENEWAL, PHASE3.plusDays(1)).get(Milestone.DIRECTOR_FUNCTIONS_REMOVED));
        PostFacts removed = new PostFacts(true, true, false, true, true, true, true, false, false);
        assertEquals(MilestoneState.DONE,
                states(removed, RENEWAL, PHASE3.plusDays(1)).get(Milestone.DIRECTOR_FUNCTIONS_REMOVED));
    }
}
