package fr.ctgportal.web.territory;

import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.ejb.territory.TerritorySummary;
import fr.ctgportal.web.faces.Lazy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The Caf's list of territories (portfolio, or all for a manager) with their totals: the pilotage
 * bonus paid today and the funding according to the doctrine, side by side.
 */
@Named
@RequestScoped
public class TerritoriesView {

    @Inject
    private TerritoryService territories;

    private final Lazy<List<TerritorySummary>> list = new Lazy<>(() -> territories.listTerritories());

    public List<TerritorySummary> getTerritories() { return list.get(); }

    public long getTotalPopulation() { return getTerritories().stream().mapToLong(TerritorySummary::population).sum(); }

    public long getTotalPosts() { return getTerritories().stream().mapToLong(TerritorySummary::postCount).sum(); }

    public BigDecimal getTotalCooperationFte() { return total(TerritorySummary::cooperationFte); }

    public BigDecimal getTotalFunding() { return total(TerritorySummary::currentFunding); }

    /** Sum of the Caf funding the doctrine gives today, over the listed territories' posts. */
    public BigDecimal getTotalDoctrineFunding() {
        return total(TerritorySummary::doctrineFunding);
    }

    /** Posts the doctrine could not evaluate (not counted in {@link #getTotalDoctrineFunding()}). */
    public long getTotalUnevaluatedPosts() {
        return getTerritories().stream().mapToLong(TerritorySummary::unevaluatedPosts).sum();
    }

    private BigDecimal total(Function<TerritorySummary, BigDecimal> value) {
        return getTerritories().stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
