package fr.ctgportal.model.compliance;

import fr.ctgportal.model.shared.DomainRuleException;
import java.time.LocalDate;

/**
 * The rules of the facts the Caf records on the compliance plan, which the data cannot tell: they
 * happened, so their day is not in the future.
 */
public final class CompliancePlan {

    private CompliancePlan() {
    }

    /**
     * @param on the day the post's evaluations were set up, required
     * @return {@code on}
     * @throws DomainRuleException {@code plan.error.evaluationsDate} if missing or after {@code today}
     */
    public static LocalDate evaluationsSetUpOn(LocalDate on, LocalDate today) {
        if (on == null || on.isAfter(today)) {
            throw new DomainRuleException("plan.error.evaluationsDate");
        }
        return on;
    }

    /**
     * @param since the day the territory's officers' committee was set up, or null for none
     * @return {@code since}
     * @throws DomainRuleException {@code plan.error.committeeDate} if after {@code today}
     */
    public static LocalDate committeeSince(LocalDate since, LocalDate today) {
        if (since != null && since.isAfter(today)) {
            throw new DomainRuleException("plan.error.committeeDate");
        }
        return since;
    }
}
