package fr.ctgportal.model.doctrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VacancyTest {

    private final Doctrine doctrine = Doctrine.standard();

    private FundingDecision evaluate(LocalDate vacantSince, LocalDate on) {
        return doctrine.evaluate(Posts.compliant().vacantSince(vacantSince).build(), CompliancePhase.PHASE_2, on);
    }

    @ParameterizedTest(name = "vacant since {0}: last funded day {1}")
    @CsvSource({
            "2026-01-15, 2026-03-14",
            "2026-01-01, 2026-02-28",
            "2026-03-01, 2026-04-30",
            "2026-01-31, 2026-03-30",
            // no 31/02 nor 30/02: the two months end with February
            "2025-12-31, 2026-02-28",
            "2025-12-30, 2026-02-28",
            "2027-12-31, 2028-02-29",
            // no 31/09: the two months end with September
            "2026-07-31, 2026-09-30",
            "2026-07-30, 2026-09-29",
    })
    void twoMonthsCountFromTheFirstVacantDay(LocalDate vacantSince, LocalDate lastFunded) {
        assertEquals(lastFunded, VacancyGrace.lastFundedDay(vacantSince, 2));
        assertEquals(FindingCode.VACANT_WITHIN_GRACE, evaluate(vacantSince, lastFunded).findingCodes().get(0));
        assertEquals(FindingCode.VACANCY_GRACE_EXPIRED,
                evaluate(vacantSince, lastFunded.plusDays(1)).findingCodes().get(0));
    }

    @ParameterizedTest(name = "vacant since 15/01/2026, on {0}: {1}")
    @CsvSource({
            "2026-01-15, VACANT_WITHIN_GRACE,   true",
            "2026-03-13, VACANT_WITHIN_GRACE,   true",
            "2026-03-14, VACANT_WITHIN_GRACE,   true",
            "2026-03-15, VACANCY_GRACE_EXPIRED, false",
            "2026-03-16, VACANCY_GRACE_EXPIRED, false",
            "2027-01-01, VACANCY_GRACE_EXPIRED, false",
    })
    void fundedDuringTheFirstTwoMonthsOnly(LocalDate on, FindingCode code, boolean funded) {
        FundingDecision decision = evaluate(LocalDate.of(2026, 1, 15), on);

        assertEquals(List.of(code), decision.findingCodes());
        assertEquals(funded ? Severity.WARNING : Severity.BLOCKING, decision.findings().get(0).severity());
        assertEquals(funded, decision.funded());
        assertEquals(new BigDecimal(funded ? "12000.00" : "0.00"), decision.cafFunding());
    }

    @Test
    void messagesGiveTheEndOfTheGracePeriod() {
        Finding within = evaluate(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1)).findings().get(0);
        Finding expired = evaluate(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1)).findings().get(0);

        assertEquals("Poste vacant depuis le 15/01/2026 : la Caf maintient le financement pendant les 2 premiers "
                + "mois de vacance, jusqu’au 14/03/2026 inclus. Au-delà, le remplacement devra respecter les "
                + "critères de la doctrine : associer la Caf au recrutement avant cette date.", within.message());
        assertEquals("Poste vacant depuis le 15/01/2026 : les 2 premiers mois de vacance, financés jusqu’au "
                + "14/03/2026 inclus, sont écoulés : le poste n’est plus financé. Le financement pourra reprendre "
                + "avec un remplacement qui respecte les critères de la doctrine.", expired.message());
    }

    @Test
    void filledPostHasNoVacancyFinding() {
        FundingDecision decision = evaluate(null, LocalDate.of(2026, 6, 1));

        assertFalse(decision.has(FindingCode.VACANT_WITHIN_GRACE));
        assertFalse(decision.has(FindingCode.VACANCY_GRACE_EXPIRED));
    }

    @Test
    void gracePeriodIsAParameter() {
        Doctrine threeMonths = doctrine.with(DoctrineParameter.VACANCY_GRACE_MONTHS, LocalDate.of(2026, 1, 1),
                new BigDecimal("3"), "Délibération fictive pour le test");
        PostSituation vacant = Posts.compliant().vacantSince(LocalDate.of(2026, 1, 15)).build();

        assertEquals(List.of(FindingCode.VACANT_WITHIN_GRACE),
                threeMonths.evaluate(vacant, CompliancePhase.PHASE_2, LocalDate.of(2026, 4, 14)).findingCodes());
        assertEquals(List.of(FindingCode.VACANCY_GRACE_EXPIRED),
                threeMonths.evaluate(vacant, CompliancePhase.PHASE_2, LocalDate.of(2026, 4, 15)).findingCodes());
        assertEquals(LocalDate.of(2026, 1, 14), VacancyGrace.lastFundedDay(LocalDate.of(2026, 1, 15), 0));
    }
}
