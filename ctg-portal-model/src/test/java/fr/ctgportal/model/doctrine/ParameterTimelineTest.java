package fr.ctgportal.model.doctrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTimelineTest {

    private static final LocalDate CHANGE = LocalDate.of(2027, 1, 1);
    private static final String SOURCE = "Délibération fictive du conseil d’administration (test)";

    private final PostSituation example = Posts.compliant().build();

    @ParameterizedTest(name = "{0} = {1} from {2}")
    @CsvSource({
            "CEILING_PER_FTE,              48000, 2024-04-01, Cnaf",
            "CAF_RATE,                     0.5,   2024-11-15, 15/11/2024",
            "MIN_COOPERATION_SHARE,        0.25,  2024-11-15, 15/11/2024",
            "MIN_NEW_POST_SHARE,           0.5,   2024-11-15, 15/11/2024",
            "MIN_NEW_POST_COOPERATION_FTE, 0.5,   2024-11-15, 15/11/2024",
            "MIN_AUTHORITY_COFINANCING,    0.5,   2024-11-15, 15/11/2024",
            "VACANCY_GRACE_MONTHS,         2,     2024-11-15, 15/11/2024",
    })
    void shippedValuesAreDatedAndSourced(DoctrineParameter parameter, String value, LocalDate validFrom,
            String cited) {
        ParameterValue shipped = Doctrine.standard().parametersAt(LocalDate.of(2026, 1, 1)).get(parameter);

        assertEquals(0, new BigDecimal(value).compareTo(shipped.value()));
        assertEquals(validFrom, shipped.validFrom());
        assertTrue(shipped.source().contains(cited), shipped.source());
        assertEquals(List.of(shipped), StandardParameters.timeline().history(parameter));
    }

    @Test
    void decisionRecordsTheValuesItUsed() {
        FundingDecision decision = Doctrine.standard().evaluate(example, CompliancePhase.PHASE_2,
                LocalDate.of(2026, 3, 1));

        ParameterValue ceiling = decision.parameters().get(DoctrineParameter.CEILING_PER_FTE);
        assertEquals(new ParameterValue(DoctrineParameter.CEILING_PER_FTE, LocalDate.of(2024, 4, 1),
                new BigDecimal("48000"), StandardParameters.CNAF_SHEET_SOURCE), ceiling);
        assertEquals(DoctrineParameter.values().length, decision.parameters().list().size());
        assertEquals("48\u00A0000,00\u00A0€", ceiling.formatted());
        assertEquals("25\u00A0%", decision.parameters().get(DoctrineParameter.MIN_COOPERATION_SHARE).formatted());
        assertEquals("0,5\u00A0ETP",
                decision.parameters().get(DoctrineParameter.MIN_NEW_POST_COOPERATION_FTE).formatted());
        assertEquals("2\u00A0mois", decision.parameters().get(DoctrineParameter.VACANCY_GRACE_MONTHS).formatted());
    }

    @ParameterizedTest(name = "ceiling raised to 50 000 € from 01/01/2027, decision of {0}: ceiling {1}, Caf {3}")
    @CsvSource({
            "2026-12-31, 48000, 24000.00, 12000.00, 2024-04-01",
            "2027-01-01, 50000, 25000.00, 12500.00, 2027-01-01",
            "2028-06-30, 50000, 25000.00, 12500.00, 2027-01-01",
    })
    void laterValueDoesNotChangeEarlierDecisions(LocalDate on, String ceiling, String eligible, String funding,
            LocalDate validFrom) {
        Doctrine changed = Doctrine.standard().with(DoctrineParameter.CEILING_PER_FTE, CHANGE,
                new BigDecimal("50000"), SOURCE);

        FundingDecision decision = changed.evaluate(example, CompliancePhase.PHASE_2, on);

        ParameterValue used = decision.parameters().get(DoctrineParameter.CEILING_PER_FTE);
        assertEquals(0, new BigDecimal(ceiling).compareTo(used.value()));
        assertEquals(validFrom, used.validFrom());
        assertEquals(validFrom.equals(CHANGE) ? SOURCE : StandardParameters.CNAF_SHEET_SOURCE, used.source());
        assertEquals(new BigDecimal(eligible), decision.eligibleCost());
        assertEquals(new BigDecimal(funding), decision.cafFunding());
    }

    @Test
    void decisionBeforeTheChangeIsTheSameAsWithoutIt() {
        LocalDate before = CHANGE.minusDays(1);
        FundingDecision original = Doctrine.standard().evaluate(example, CompliancePhase.PHASE_2, before);
        Doctrine changed = Doctrine.standard()
                .with(DoctrineParameter.CEILING_PER_FTE, CHANGE, new BigDecimal("50000"), SOURCE)
                .with(DoctrineParameter.CAF_RATE, CHANGE, new BigDecimal("0.6"), SOURCE);

        assertEquals(original, changed.evaluate(example, CompliancePhase.PHASE_2, before));
        assertEquals(new BigDecimal("15000.00"),
                changed.evaluate(example, CompliancePhase.PHASE_2, CHANGE).cafFunding());
    }

    @Test
    void withReturnsANewDoctrineAndLeavesTheOriginalUnchanged() {
        Doctrine standard = Doctrine.standard();
        Doctrine changed = standard.with(DoctrineParameter.MIN_COOPERATION_SHARE, CHANGE, new BigDecimal("0.3"),
                SOURCE);
        PostSituation share28 = Posts.compliant().share("0.28").build();

        assertEquals(List.of(), standard.evaluate(share28, CompliancePhase.PHASE_2, CHANGE).findingCodes());
        assertEquals(List.of(FindingCode.SHARE_BELOW_25),
                changed.evaluate(share28, CompliancePhase.PHASE_2, CHANGE).findingCodes());
        assertEquals(1, standard.parameters().history(DoctrineParameter.MIN_COOPERATION_SHARE).size());
        assertEquals(2, changed.parameters().history(DoctrineParameter.MIN_COOPERATION_SHARE).size());
    }

    @Test
    void valueAtTheSameDateReplacesThePreviousOne() {
        Doctrine corrected = Doctrine.standard()
                .with(DoctrineParameter.CEILING_PER_FTE, CHANGE, new BigDecimal("50000"), SOURCE)
                .with(DoctrineParameter.CEILING_PER_FTE, CHANGE, new BigDecimal("49000"), SOURCE + " rectifiée");

        List<ParameterValue> history = corrected.parameters().history(DoctrineParameter.CEILING_PER_FTE);
        assertEquals(2, history.size());
        assertEquals(new BigDecimal("49000"), history.get(1).value());
    }

    @Test
    void timelineResolvesTheLatestValueOnOrBeforeTheDate() {
        ParameterTimeline timeline = StandardParameters.timeline()
                .with(new ParameterValue(DoctrineParameter.CAF_RATE, LocalDate.of(2026, 1, 1), new BigDecimal("0.4"),
                        SOURCE))
                .with(new ParameterValue(DoctrineParameter.CAF_RATE, LocalDate.of(2028, 1, 1), new BigDecimal("0.6"),
                        SOURCE));

        assertEquals(new BigDecimal("0.50"), rate(timeline, LocalDate.of(2025, 12, 31)));
        assertEquals(new BigDecimal("0.4"), rate(timeline, LocalDate.of(2026, 1, 1)));
        assertEquals(new BigDecimal("0.4"), rate(timeline, LocalDate.of(2027, 12, 31)));
        assertEquals(new BigDecimal("0.6"), rate(timeline, LocalDate.of(2028, 1, 1)));
        assertTrue(timeline.valueAt(DoctrineParameter.CAF_RATE, LocalDate.of(2024, 11, 14)).isEmpty());
        assertEquals(9, timeline.all().size());
    }

    private static BigDecimal rate(ParameterTimeline timeline, LocalDate on) {
        return timeline.valueAt(DoctrineParameter.CAF_RATE, on).orElseThrow().value();
    }

    @ParameterizedTest(name = "evaluation on {0} (before the doctrine) is refused")
    @CsvSource({"2024-11-14, 15/11/2024", "2024-01-01, 01/04/2024"})
    void noDecisionBeforeTheDoctrine(LocalDate on, String firstDate) {
        InvalidSituationException refused = assertThrows(InvalidSituationException.class,
                () -> Doctrine.standard().evaluate(example, CompliancePhase.PHASE_1, on));

        assertEquals("on", refused.field());
        assertTrue(refused.getMessage().contains("la première s’applique à partir du " + firstDate),
                refused.getMessage());
    }

    @Test
    void evaluationOnTheDoctrineDayIsAccepted() {
        assertEquals(new BigDecimal("12000.00"), Doctrine.standard()
                .evaluate(example, CompliancePhase.PHASE_1, StandardParameters.DOCTRINE_DATE).cafFunding());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "CEILING_PER_FTE              | 0      | 0,00 €",
            "CEILING_PER_FTE              | -48000 | -48 000,00 €",
            "CAF_RATE                     | 1.5    | 150 %",
            "CAF_RATE                     | -0.1   | -10 %",
            "MIN_COOPERATION_SHARE        | 1.01   | 101 %",
            "MIN_NEW_POST_COOPERATION_FTE | 1.5    | 1,5 ETP",
            "VACANCY_GRACE_MONTHS         | 2.5    | 2,5 mois",
            "VACANCY_GRACE_MONTHS         | -1     | -1 mois",
    })
    void valueOutOfItsUnitIsRefused(DoctrineParameter parameter, String value, String shown) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Doctrine.standard().with(parameter, CHANGE, new BigDecimal(value), SOURCE));

        assertTrue(refused.getMessage().startsWith("Le paramètre « "), refused.getMessage());
        // the value as a French reader writes it, in the parameter's unit: never "1.5" nor "50.0000"
        assertTrue(refused.getMessage().contains("(valeur saisie : " + shown.replace(' ', '\u00a0') + ")"),
                refused.getMessage());
        assertFalse(refused.getMessage().matches(".*\\d\\.\\d.*"), refused.getMessage());
    }

    @Test
    void valueWithoutDateSourceOrValueIsRefused() {
        Doctrine standard = Doctrine.standard();
        BigDecimal value = new BigDecimal("50000");
        DoctrineParameter ceiling = DoctrineParameter.CEILING_PER_FTE;

        assertThrows(IllegalArgumentException.class, () -> standard.with(ceiling, null, value, SOURCE));
        assertThrows(IllegalArgumentException.class, () -> standard.with(ceiling, CHANGE, null, SOURCE));
        assertThrows(IllegalArgumentException.class, () -> standard.with(ceiling, CHANGE, value, " "));
        assertThrows(IllegalArgumentException.class, () -> standard.with(ceiling, CHANGE, value, null));
        assertThrows(IllegalArgumentException.class, () -> standard.with(null, CHANGE, value, SOURCE));
    }
}
