package fr.ctgportal.model.regulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of the regulation indicators (doctrine of 15/11/2024, "LES INDICATEURS DE
 * RÉGULATION"), one place for it: the territories' inputs come from the doctrine engine and the Caf's
 * records, and every ratio is computed here. A ratio whose divisor is zero or unknown is null (shown
 * "—").
 *
 * <p>The department's row sums every territory; its reference population is the INSEE figure the
 * Caf records (756,543 in the doctrine), larger than the sum of the territories because some communes
 * belong to intercommunalities seated outside the Gard. Its indicator 4 is 0 by definition (100 % of
 * the FTE minus 100 % of the inhabitants).
 */
public final class RegulationIndicators {

    /** Scale of the fractions (indicators 2 and 4): a hundredth of a percentage point. */
    private static final int FRACTION_SCALE = 6;

    private RegulationIndicators() {
    }

    /**
     * @param all                   every territory of the department (not only those shown: the
     *                              shares are of the department)
     * @param departmentPopulation  the department's reference population (INSEE), &gt; 0
     * @return one row per territory, in the order given
     */
    public static List<IndicatorRow> territories(List<TerritoryInputs> all, int departmentPopulation) {
        TerritoryInputs department = departmentInputs(all, departmentPopulation, null);
        return all.stream().map(t -> row(t, department)).toList();
    }

    /**
     * @param all                  every territory of the department
     * @param departmentPopulation the department's reference population
     * @param name                 the label of the department's row
     * @return the department's row: sums, and the same ratios on them
     */
    public static IndicatorRow department(List<TerritoryInputs> all, int departmentPopulation, String name) {
        TerritoryInputs d = departmentInputs(all, departmentPopulation, name);
        return new IndicatorRow(null, d, divide(d.pilotageBonus(), d.cooperationFte(), 2),
                divide(d.doctrineFunding(), d.cooperationFte(), 2),
                d.cooperationFte().signum() == 0 ? null : BigDecimal.ONE.setScale(FRACTION_SCALE),
                d.structures() == null ? null : divide(d.cooperationFte(), BigDecimal.valueOf(d.structures()), 3),
                departmentPopulation > 0 ? BigDecimal.ONE.setScale(FRACTION_SCALE) : null,
                d.cooperationFte().signum() == 0 ? null : BigDecimal.ZERO.setScale(FRACTION_SCALE), d.areaKm2(),
                divide(BigDecimal.valueOf(d.population()), d.areaKm2(), 1));
    }

    /**
     * The relative deviation of a territory's figure from the department's: (value − reference) /
     * reference; null when either is unknown or the reference is zero.
     */
    public static BigDecimal deviation(BigDecimal value, BigDecimal reference) {
        if (value == null || reference == null || reference.signum() == 0) {
            return null;
        }
        return value.subtract(reference).divide(reference.abs(), 4, RoundingMode.HALF_UP);
    }

    private static IndicatorRow row(TerritoryInputs t, TerritoryInputs d) {
        BigDecimal fteShare = divide(t.cooperationFte(), d.cooperationFte(), FRACTION_SCALE);
        BigDecimal populationShare = d.population() > 0
                ? divide(BigDecimal.valueOf(t.population()), BigDecimal.valueOf(d.population()), FRACTION_SCALE)
                : null;
        BigDecimal gap = fteShare == null || populationShare == null ? null : fteShare.subtract(populationShare);
        BigDecimal structures = t.structures() == null ? null : BigDecimal.valueOf(t.structures());
        return new IndicatorRow(t.territoryId(), t, divide(t.pilotageBonus(), t.cooperationFte(), 2),
                divide(t.doctrineFunding(), t.cooperationFte(), 2), fteShare,
                divide(t.cooperationFte(), structures, 3), populationShare, gap, t.areaKm2(),
                divide(BigDecimal.valueOf(t.population()), t.areaKm2(), 1));
    }

    private static TerritoryInputs departmentInputs(List<TerritoryInputs> all, int population, String name) {
        boolean structuresKnown = all.stream().anyMatch(t -> t.structures() != null);
        int structures = all.stream().mapToInt(t -> t.structures() == null ? 0 : t.structures()).sum();
        return new TerritoryInputs(0, name, population, sum(all.stream().map(TerritoryInputs::areaKm2).toList()),
                structuresKnown ? structures : null, all.stream().mapToInt(TerritoryInputs::posts).sum(),
                sum(all.stream().map(TerritoryInputs::cooperationFte).toList()),
                sum(all.stream().map(TerritoryInputs::pilotageBonus).toList()),
                sum(all.stream().map(TerritoryInputs::doctrineFunding).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return a / b at that scale (half up); null when either is null or b is zero */
    static BigDecimal divide(BigDecimal a, BigDecimal b, int scale) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, scale, RoundingMode.HALF_UP);
    }
}
