package fr.ctgportal.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctgportal.model.shared.DomainRuleException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of what the Caf records on the compliance plan: dates that happened, consistent plan dates. */
class CompliancePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate RENEWAL = LocalDate.of(2026, 1, 1);

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void evaluationsAreSetUpOnAPastDayOrToday() {
        assertEquals(TODAY, CompliancePlan.evaluationsSetUpOn(TODAY, TODAY));
        refused("plan.error.evaluationsDate", () -> CompliancePlan.evaluationsSetUpOn(TODAY.plusDays(1), TODAY));
        refused("plan.error.evaluationsDate", () -> CompliancePlan.evaluationsSetUpOn(null, TODAY));
    }

    @Test
    void theCommitteeExistsSinceAPastDayOrNoMore() {
        assertEquals(RENEWAL, CompliancePlan.committeeSince(RENEWAL, TODAY));
        assertNull(CompliancePlan.committeeSince(null, TODAY), "no committee any more");
        refused("plan.error.committeeDate", () -> CompliancePlan.committeeSince(TODAY.plusDays(1), TODAY));
    }

    @Test
    void thePhase3DeadlineNeedsARenewalAndFollowsIt() {
        assertEquals(RENEWAL, new PlanDates(RENEWAL, RENEWAL).phase3Deadline(), "the same day");
        assertNull(new PlanDates(null, null).renewal(), "both unset");
        assertEquals(RENEWAL, new PlanDates(RENEWAL, null).renewal());
        refused("plan.error.phase3BeforeRenewal", () -> new PlanDates(RENEWAL, RENEWAL.minusDays(1)));
        refused("plan.error.phase3BeforeRenewal", () -> new PlanDates(null, RENEWAL));
    }
}
