package fr.ctgportal.ejb.regulation;

import fr.ctgportal.model.regulation.OutlookCause;
import fr.ctgportal.model.regulation.RedeploymentOutlook;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The redeployment outlook: each year from now to the end of the last renewed Ctg, what the doctrine
 * funds under each territory's phase at that date against today's pilotage bonus and budget.
 *
 * @param years       the years, in order
 * @param territories the caller's territories, one row each
 * @param department  the department's row (every territory)
 * @param posts       the caller's posts whose funding the plan changes, with the first year and cause
 * @param budget      today's pilotage budget, in €
 * @param budgetFte   the cooperation FTE it was set for
 */
public record OutlookView(List<Integer> years, List<Row> territories, Row department, List<PostChange> posts,
        BigDecimal budget, BigDecimal budgetFte) implements Serializable {

    /** @return the territories' rows, then the department's */
    public List<Row> allRows() {
        List<Row> rows = new java.util.ArrayList<>(territories);
        rows.add(department);
        return List.copyOf(rows);
    }

    /** A territory's (or the department's) cells, one per year. */
    public record Row(String name, List<RedeploymentOutlook.Cell> cells) implements Serializable {
    }

    /**
     * A post the plan changes.
     *
     * @param fromYear the first year its doctrine funding is below today's bonus
     * @param bonus    today's pilotage bonus, in €
     * @param funding  the doctrine funding that year, in €
     * @param causes   why
     */
    public record PostChange(long postId, String title, String territoryName, int fromYear, LocalDate evaluatedOn,
            BigDecimal bonus, BigDecimal funding, Set<OutlookCause> causes) implements Serializable {
    }
}
