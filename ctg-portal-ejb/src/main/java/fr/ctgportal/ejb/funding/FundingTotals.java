package fr.ctgportal.ejb.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The approved funding of a year, per territory and for the department, against the department's
 * pilotage budget.
 *
 * @param budget         the pilotage budget of the department (the doctrine's figure)
 * @param budgetFte      the cooperation FTE that budget was for
 * @param departmentWide the reader sees the whole department, so the totals compare with the budget
 * @param pending        decisions prepared and not yet approved, for the reader's scope, oldest first
 *                       (at most {@link FundingDecisionService#PENDING_SHOWN})
 */
public record FundingTotals(int year, List<TerritoryTotal> territories, BigDecimal approvedFunding,
        BigDecimal approvedFte, BigDecimal budget, BigDecimal budgetFte,
        boolean departmentWide, List<DecisionRow> pending) implements Serializable {

    /** Approved funding of one territory. */
    public record TerritoryTotal(String territoryName, int decisions, BigDecimal funding, BigDecimal cooperationFte)
            implements
                Serializable {
    }

    /** @return what remains of the budget (negative: over budget) */
    public BigDecimal remaining() {
        return budget.subtract(approvedFunding);
    }
}
