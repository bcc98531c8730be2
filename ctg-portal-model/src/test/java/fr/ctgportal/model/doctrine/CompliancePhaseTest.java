package fr.ctgportal.model.doctrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompliancePhaseTest {

    @ParameterizedTest(name = "renewal {0}, phase-3 deadline {1}, on {2}: {3}")
    @CsvSource({
            // no renewal yet: phase 1, even with a deadline
            ",           ,           2026-01-01, PHASE_1",
            ",           2028-06-30, 2029-01-01, PHASE_1",
            // phase 2 from the renewal day
            "2026-01-01, ,           2025-12-31, PHASE_1",
            "2026-01-01, ,           2026-01-01, PHASE_2",
            "2026-01-01, ,           2031-12-31, PHASE_2",
            // phase 3 from the deadline day
            "2026-01-01, 2028-06-30, 2025-06-30, PHASE_1",
            "2026-01-01, 2028-06-30, 2026-01-01, PHASE_2",
            "2026-01-01, 2028-06-30, 2028-06-29, PHASE_2",
            "2026-01-01, 2028-06-30, 2028-06-30, PHASE_3",
            "2026-01-01, 2028-06-30, 2030-01-01, PHASE_3",
            // deadline on the renewal day: straight to phase 3
            "2026-01-01, 2026-01-01, 2026-01-01, PHASE_3",
            "2026-01-01, 2026-01-01, 2025-12-31, PHASE_1",
    })
    void phaseOfATerritoryAtADate(LocalDate renewal, LocalDate deadline, LocalDate on, CompliancePhase expected) {
        assertEquals(expected, CompliancePhase.at(renewal, deadline, on));
    }

    @Test
    void deadlineBeforeTheRenewalIsRefused() {
        InvalidSituationException refused = assertThrows(InvalidSituationException.class,
                () -> CompliancePhase.at(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31),
                        LocalDate.of(2026, 6, 1)));

        assertEquals("phase3Deadline", refused.field());
        assertEquals("L’échéance de la phase 3 (31/12/2025) ne peut pas précéder la date de renouvellement de la "
                + "Ctg (01/01/2026).", refused.getMessage());
    }

    @Test
    void missingDateIsRefused() {
        InvalidSituationException refused = assertThrows(InvalidSituationException.class,
                () -> CompliancePhase.at(LocalDate.of(2026, 1, 1), null, null));

        assertEquals("on", refused.field());
    }

    @Test
    void phaseDrivesTheDirectorRuleOverTheLifeOfATerritory() {
        LocalDate renewal = LocalDate.of(2026, 1, 1);
        LocalDate deadline = LocalDate.of(2029, 1, 1);
        PostSituation director = Posts.compliant().with(PostFunction.DIRECTOR).build();
        Doctrine doctrine = Doctrine.standard();

        LocalDate[] dates = {LocalDate.of(2025, 6, 1), renewal, deadline.minusDays(1), deadline};
        boolean[] funded = {true, true, true, false};
        for (int i = 0; i < dates.length; i++) {
            CompliancePhase phase = CompliancePhase.at(renewal, deadline, dates[i]);
            assertEquals(funded[i], doctrine.evaluate(director, phase, dates[i]).funded(), dates[i].toString());
        }
    }
}
