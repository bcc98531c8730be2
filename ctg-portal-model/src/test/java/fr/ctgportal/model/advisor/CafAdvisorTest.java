package fr.ctgportal.model.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An advisor's portfolio: territories assigned from a date, released. */
class CafAdvisorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void assignedFromADateAndReleased() {
        CafAdvisor advisor = new CafAdvisor("conseil.nord", "Claire Nord");
        Territory uzes = new Territory("Uzès", 30000, BigDecimal.TEN);
        advisor.assign(uzes, TODAY.minusDays(3), TODAY);
        assertEquals(Set.of(uzes), advisor.getPortfolio());
        refused("admin.error.alreadyInPortfolio", () -> advisor.assign(uzes, TODAY, TODAY));
        advisor.release(uzes);
        assertTrue(advisor.getPortfolio().isEmpty());
        refused("admin.error.notInPortfolio", () -> advisor.release(uzes));
    }

    @Test
    void aDateIsRequiredAndNotInTheFuture() {
        CafAdvisor advisor = new CafAdvisor("conseil.nord", "Claire Nord");
        Territory uzes = new Territory("Uzès", 30000, BigDecimal.TEN);
        refused("admin.error.fromMissing", () -> advisor.assign(uzes, null, TODAY));
        refused("admin.error.assignmentInFuture", () -> advisor.assign(uzes, TODAY.plusDays(1), TODAY));
        assertTrue(advisor.getPortfolio().isEmpty());
    }
}
