package fr.ctgportal.model.compliance;

import fr.ctgportal.model.shared.DomainRuleException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A territory's dates in the compliance plan, as a Caf manager sets them: the Ctg renewal (start of
 * phase 2) and the phase-3 deadline. Either may be unset; a phase-3 deadline needs a renewal and
 * cannot precede it.
 *
 * @param renewal        the Ctg renewal, or null
 * @param phase3Deadline the phase-3 deadline, or null
 */
public record PlanDates(LocalDate renewal, LocalDate phase3Deadline) implements Serializable {

    /** @throws DomainRuleException {@code plan.error.phase3BeforeRenewal} */
    public PlanDates {
        if (phase3Deadline != null && (renewal == null || phase3Deadline.isBefore(renewal))) {
            throw new DomainRuleException("plan.error.phase3BeforeRenewal");
        }
    }
}
