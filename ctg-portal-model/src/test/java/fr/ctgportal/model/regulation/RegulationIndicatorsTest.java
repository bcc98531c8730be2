package fr.ctgportal.model.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The six indicators on a small data set computed by hand: a department of 50,000 inhabitants (more
 * than its territories' 45,000, as in the Gard), territory A (2 FTE, 4 structures), B (1 FTE, no
 * structure) and C (no post).
 */
class RegulationIndicatorsTest {

    private static final TerritoryInputs A = new TerritoryInputs(1, "A", 10_000, new BigDecimal("100"), 4, 2,
            new BigDecimal("2.00"), new BigDecimal("40000"), new BigDecimal("36000"));
    private static final TerritoryInputs B = new TerritoryInputs(2, "B", 30_000, new BigDecimal("200"), 0, 1,
            new BigDecimal("1.00"), new BigDecimal("30000"), new BigDecimal("24000"));
    private static final TerritoryInputs C = new TerritoryInputs(3, "C", 5_000, new BigDecimal("50"), 2, 0,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    private static final List<TerritoryInputs> ALL = List.of(A, B, C);

    private static IndicatorRow row(int index) {
        return RegulationIndicators.territories(ALL, 50_000).get(index);
    }

    @Test
    void indicator1IsTheAmountPerFteOnBothBases() {
        assertEquals(new BigDecimal("20000.00"), row(0).amountPerFteBonus());
        assertEquals(new BigDecimal("18000.00"), row(0).amountPerFteDoctrine());
        assertEquals(new BigDecimal("30000.00"), row(1).amountPerFteBonus());
        assertEquals(new BigDecimal("24000.00"), row(1).amountPerFteDoctrine());
    }

    @Test
    void indicator2IsTheShareOfTheDepartmentsFte() {
        assertEquals(new BigDecimal("0.666667"), row(0).fteShare());
        assertEquals(new BigDecimal("0.333333"), row(1).fteShare());
        assertEquals(new BigDecimal("0.000000"), row(2).fteShare());
    }

    @Test
    void indicator3IsTheFtePerStructure() {
        assertEquals(new BigDecimal("0.500"), row(0).ftePerStructure());
        assertEquals(new BigDecimal("0.000"), row(2).ftePerStructure());
    }

    @Test
    void indicator4IsTheShareOfFteMinusTheShareOfInhabitantsOfTheReferencePopulation() {
        assertEquals(new BigDecimal("0.200000"), row(0).populationShare());
        assertEquals(new BigDecimal("0.466667"), row(0).fteMinusPopulation());
        assertEquals(new BigDecimal("-0.266667"), row(1).fteMinusPopulation());
        assertEquals(new BigDecimal("-0.100000"), row(2).fteMinusPopulation());
    }

    @Test
    void indicator6IsTheAreaWithTheDensity() {
        assertEquals(new BigDecimal("100"), row(0).areaKm2());
        assertEquals(new BigDecimal("100.0"), row(0).density());
        assertEquals(new BigDecimal("150.0"), row(1).density());
    }

    @Test
    void aTerritoryWithoutStructureOrPostGivesADashNotADivisionByZero() {
        assertNull(row(1).ftePerStructure(), "B has no structure");
        assertNull(row(2).amountPerFteBonus(), "C has no post");
        assertNull(row(2).amountPerFteDoctrine());
        TerritoryInputs unknown = new TerritoryInputs(4, "D", 1_000, null, null, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
        IndicatorRow d = RegulationIndicators.territories(List.of(unknown), 50_000).get(0);
        assertNull(d.ftePerStructure());
        assertNull(d.density());
        assertNull(d.fteShare(), "no FTE in the whole department");
        assertNull(d.fteMinusPopulation());
    }

    @Test
    void theDepartmentSumsEveryTerritoryAndIsBalancedOnIndicator4() {
        IndicatorRow d = RegulationIndicators.department(ALL, 50_000, "Gard");
        assertTrue(d.department());
        assertEquals(new BigDecimal("3.00"), d.inputs().cooperationFte());
        assertEquals(3, d.inputs().posts());
        assertEquals(6, d.inputs().structures());
        assertEquals(new BigDecimal("23333.33"), d.amountPerFteBonus());
        assertEquals(new BigDecimal("20000.00"), d.amountPerFteDoctrine());
        assertEquals(new BigDecimal("0.500"), d.ftePerStructure());
        assertEquals(0, d.fteMinusPopulation().signum());
        assertEquals(new BigDecimal("142.9"), d.density());
        assertEquals(new BigDecimal("350"), d.areaKm2());
    }

    @Test
    void theDeviationIsRelativeToTheDepartment() {
        assertEquals(new BigDecimal("-0.1000"), RegulationIndicators.deviation(new BigDecimal("18000"),
                new BigDecimal("20000")));
        assertEquals(new BigDecimal("0.2000"), RegulationIndicators.deviation(new BigDecimal("24000"),
                new BigDecimal("20000")));
        assertNull(RegulationIndicators.deviation(null, BigDecimal.ONE));
        assertNull(RegulationIndicators.deviation(BigDecimal.ONE, BigDecimal.ZERO));
    }
}
