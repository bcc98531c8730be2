package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The Caf du Gard's pilotage budget for its cooperation posts, against which the decided funding of
 * the department is compared. Dated like the doctrine's parameters: a later budget is added with
 * the day it applies from, and earlier years keep theirs.
 */
public final class PilotageBudget {

    /**
     * @param validFrom      first day the budget applies
     * @param amount         the pilotage bonus budget of the department, in euros
     * @param cooperationFte the cooperation FTE it was computed for
     * @param source         the text the figures come from
     */
    public record Budget(LocalDate validFrom, BigDecimal amount, BigDecimal cooperationFte, String source) {
    }

    private static final List<Budget> BUDGETS = List.of(new Budget(StandardParameters.DOCTRINE_DATE,
            new BigDecimal("1537422"), new BigDecimal("63.21"), StandardParameters.DOCTRINE_SOURCE));

    private PilotageBudget() {
    }

    /** @return the budget that applies on that day (the first one before any was set) */
    public static Budget on(LocalDate day) {
        return BUDGETS.stream().filter(b -> !b.validFrom().isAfter(day)).max(Comparator.comparing(Budget::validFrom))
                .orElse(BUDGETS.get(0));
    }
}
