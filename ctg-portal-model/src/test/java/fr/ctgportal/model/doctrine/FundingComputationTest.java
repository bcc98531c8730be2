package fr.ctgportal.model.doctrine;

import static fr.ctgportal.model.doctrine.Posts.ON;
import static fr.ctgportal.model.doctrine.Posts.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingComputationTest {

    private final Doctrine doctrine = Doctrine.standard();

    private FundingDecision evaluate(String cost, String fte, String share) {
        return doctrine.evaluate(Posts.compliant().cost(cost).fte(fte).share(share).build(),
                CompliancePhase.PHASE_2, ON);
    }

    @ParameterizedTest(name = "doctrine example: 50 000 €, full time, share {0} -> eligible {1}, Caf {2}")
    @CsvSource({
            "1,    48000.00, 24000.00",
            "0.5,  24000.00, 12000.00",
            "0.25, 12000.00,  6000.00",
    })
    void doctrineWorkedExample(String share, String eligible, String funding) {
        FundingDecision decision = evaluate("50000", "1", share);

        assertTrue(decision.funded());
        assertEquals(dec(eligible), decision.eligibleCost());
        assertEquals(dec(funding), decision.cafFunding());
    }

    @Test
    void workedExampleShowsEachStepOfTheDoctrine() {
        FundingDecision decision = evaluate("50000", "1", "0.5");

        List<StepCode> codes = decision.steps().stream().map(ComputationStep::code).toList();
        assertEquals(List.of(StepCode.ANNUAL_COST, StepCode.CEILING, StepCode.RETAINED_COST, StepCode.ELIGIBLE_COST,
                StepCode.CAF_FUNDING_BEFORE_ROUNDING, StepCode.CAF_FUNDING), codes);
        List<BigDecimal> amounts = decision.steps().stream().map(ComputationStep::amount).toList();
        List<String> expected = List.of("50000", "48000", "48000", "24000", "12000", "12000.00");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(0, dec(expected.get(i)).compareTo(amounts.get(i)), "step " + codes.get(i));
        }
        assertEquals(new BigDecimal("12000.00"), amounts.get(5));
        assertEquals("Plafond de financement : 48\u00A0000,00\u00A0€ par ETP × 1 ETP",
                decision.step(StepCode.CEILING).orElseThrow().label());
        assertEquals("Coût retenu : le plus petit du coût annuel (50\u00A0000,00\u00A0€) et du plafond "
                + "(48\u00A0000,00\u00A0€)", decision.step(StepCode.RETAINED_COST).orElseThrow().label());
        assertEquals("Coût éligible : coût retenu × quotité de coopération de 50\u00A0%",
                decision.step(StepCode.ELIGIBLE_COST).orElseThrow().label());
        assertEquals("Financement Caf avant arrondi : coût éligible × taux Caf de 50\u00A0%",
                decision.step(StepCode.CAF_FUNDING_BEFORE_ROUNDING).orElseThrow().label());
    }

    @ParameterizedTest(name = "cost {0}, {1} FTE, share {2}: ceiling {3}, eligible {4}, Caf {5}")
    @CsvSource({
            // part time: the ceiling is prorated to the employment FTE (48 000 × 0.8 = 38 400)
            "45000, 0.8, 1,   38400.0, 38400.00, 19200.00",
            "45000, 0.8, 0.5, 38400.0, 19200.00,  9600.00",
            // cost under the ceiling: the cost itself is retained
            "40000, 1,   0.5, 48000,   20000.00, 10000.00",
            "30000, 0.8, 0.5, 38400.0, 15000.00,  7500.00",
            "30000, 0.5, 1,   24000.0, 24000.00, 12000.00",
            // cost exactly at the ceiling
            "48000, 1,   0.5, 48000,   24000.00, 12000.00",
    })
    void ceilingIsProratedToTheEmploymentFte(String cost, String fte, String share, String ceiling,
            String eligible, String funding) {
        FundingDecision decision = evaluate(cost, fte, share);

        assertEquals(0, dec(ceiling).compareTo(decision.step(StepCode.CEILING).orElseThrow().amount()));
        assertEquals(0, dec(cost).min(dec(ceiling))
                .compareTo(decision.step(StepCode.RETAINED_COST).orElseThrow().amount()));
        assertEquals(dec(eligible), decision.eligibleCost());
        assertEquals(dec(funding), decision.cafFunding());
    }

    @ParameterizedTest(name = "cost {0} x share {1}: exact eligible {2} -> {3}, exact Caf {4} -> {5}")
    @CsvSource({
            // half a cent is rounded up (HALF_EVEN would give 2500.00)
            "10000.02, 0.5, 5000.010,  5000.01, 2500.0050,  2500.01",
            // funding from the exact eligible cost: 2500.0025 -> 2500.00 (from the rounded 5000.01 it would be 2500.01)
            "10000.01, 0.5, 5000.005,  5000.01, 2500.0025,  2500.00",
            // half a cent on an even cent: rounded up (HALF_EVEN would give 2500.02)
            "10000.10, 0.5, 5000.050,  5000.05, 2500.0250,  2500.03",
            "33333.33, 0.3, 9999.999, 10000.00, 4999.9995,  5000.00",
            "12345.67, 0.25, 3086.4175, 3086.42, 1543.20875, 1543.21",
    })
    void roundsHalfUpToTheCentAtTheEnd(String cost, String share, String exactEligible, String eligible,
            String exactFunding, String funding) {
        FundingDecision decision = evaluate(cost, "1", share);

        assertEquals(0, dec(exactEligible).compareTo(decision.step(StepCode.ELIGIBLE_COST).orElseThrow().amount()));
        assertEquals(0, dec(exactFunding)
                .compareTo(decision.step(StepCode.CAF_FUNDING_BEFORE_ROUNDING).orElseThrow().amount()));
        assertEquals(dec(eligible), decision.eligibleCost());
        assertEquals(dec(funding), decision.cafFunding());
        assertEquals(dec(funding), decision.step(StepCode.CAF_FUNDING).orElseThrow().amount());
    }

    @ParameterizedTest(name = "{0} FTE x share {1} = {2} cooperation FTE")
    @CsvSource({
            "1,    0.5,  0.5",
            "0.8,  0.5,  0.4",
            "0.8,  0.25, 0.2",
            "0.6,  1,    0.6",
    })
    void cooperationFteIsEmploymentFteTimesShare(String fte, String share, String cooperationFte) {
        FundingDecision decision = evaluate("40000", fte, share);

        assertEquals(0, dec(cooperationFte).compareTo(decision.cooperationFte()));
    }

    @Test
    void stepLabelsFollowTheLocale() {
        FundingDecision decision = doctrine.evaluate(Posts.compliant().build(), CompliancePhase.PHASE_2, ON,
                Locale.ENGLISH);

        assertEquals("Eligible cost: retained cost × cooperation share of 50\u00A0%",
                decision.step(StepCode.ELIGIBLE_COST).orElseThrow().label());
        assertEquals("Coût annuel de l’emploi", Doctrine.standard().evaluate(Posts.compliant().build(),
                CompliancePhase.PHASE_2, ON).step(StepCode.ANNUAL_COST).orElseThrow().label());
    }

    @Test
    void decisionRecordsItsDateAndPhase() {
        FundingDecision decision = doctrine.evaluate(Posts.compliant().build(), CompliancePhase.PHASE_3, ON);

        assertEquals(ON, decision.evaluatedOn());
        assertEquals(CompliancePhase.PHASE_3, decision.phase());
        assertEquals(ON, decision.parameters().on());
    }
}
