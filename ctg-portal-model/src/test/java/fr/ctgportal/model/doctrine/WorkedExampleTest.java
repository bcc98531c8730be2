package fr.ctgportal.model.doctrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkedExampleTest {

    @Test
    void theExampleScreensStartFromIsTheDoctrinesOwn() {
        FundingDecision decision = Doctrine.standard().evaluate(WorkedExample.SITUATION, WorkedExample.PHASE,
                LocalDate.of(2026, 11, 24));
        assertTrue(decision.funded());
        assertEquals(List.of(), decision.findings());
        assertEquals(new BigDecimal("24000.00"), decision.eligibleCost());
        assertEquals(new BigDecimal("12000.00"), decision.cafFunding());
    }
}
