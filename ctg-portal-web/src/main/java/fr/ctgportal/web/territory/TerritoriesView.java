package fr.ctgportal.web.territory;

import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.ejb.territory.TerritorySummary;
import fr.ctgportal.ejb.territory.TerritoryTotals;
import fr.ctgportal.web.faces.PagedList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The Caf's list of territories (portfolio, or all for a manager), page by page, with their totals:
 * the pilotage bonus paid today and the funding according to the doctrine, side by side. The totals
 * of the whole list are summed by the database; the doctrine's is the sum over the territories shown
 * (the doctrine evaluates the posts of the page only).
 */
@Named
@ViewScoped
public class TerritoriesView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private TerritoryService territories;

    private PagedList<TerritorySummary> list;
    private transient TerritoryTotals totals;

    public PagedList<TerritorySummary> getTerritories() {
        if (list == null) {
            list = new PagedList<>(territories::pageTerritories, TerritorySummary::id, PagedList.PAGE_SIZE);
        }
        return list;
    }

    /** @return the totals of every listed territory (read once per view: paging does not change them) */
    public TerritoryTotals getTotals() {
        if (totals == null) {
            totals = territories.totals();
        }
        return totals;
    }

    /** Whether the list has more territories than the page shows (the doctrine's total is the page's). */
    public boolean isPaged() {
        return getTerritories().getRowCount() > getTerritories().getRows().size();
    }

    /** Sum of the Caf funding the doctrine gives today, over the territories shown. */
    public BigDecimal getPageDoctrineFunding() {
        return getTerritories().getRows().stream().map(TerritorySummary::doctrineFunding).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Posts of the territories shown the doctrine could not evaluate (not in {@link #getPageDoctrineFunding()}). */
    public long getPageUnevaluatedPosts() {
        return getTerritories().getRows().stream().mapToLong(TerritorySummary::unevaluatedPosts).sum();
    }
}
