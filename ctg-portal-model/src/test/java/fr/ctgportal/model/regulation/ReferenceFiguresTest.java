package fr.ctgportal.model.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dated reference figures the Caf keeps: what they accept and refuse, without a container. */
class ReferenceFiguresTest {

    private static final Stamp BY = Stamp.of("direction.caf", Instant.parse("2026-11-29T10:00:00Z"));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void theDepartmentPopulationNeedsADayAPositiveFigureAndASource() {
        DepartmentPopulation p = new DepartmentPopulation(DAY, 756_543, " INSEE 2021 ", BY);
        assertEquals(756_543, p.getPopulation());
        assertEquals("INSEE 2021", p.getSource());
        assertEquals("regulation.error.population",
                assertThrows(DomainRuleException.class, () -> new DepartmentPopulation(DAY, 0, "INSEE", BY))
                        .getMessageKey());
        assertEquals("regulation.error.date",
                assertThrows(DomainRuleException.class, () -> new DepartmentPopulation(null, 1, "INSEE", BY))
                        .getMessageKey());
        assertEquals("regulation.error.source",
                assertThrows(DomainRuleException.class, () -> new DepartmentPopulation(DAY, 1, " ", BY))
                        .getMessageKey());
    }

    @Test
    void aTerritoryReferenceKeepsItsCompetencesAndRefusesANegativeCount() {
        Territory t = new Territory("CC Test", 1000, BigDecimal.TEN);
        TerritoryReference r = new TerritoryReference(t, DAY, 3,
                Map.of(Competence.YOUTH, CompetenceStatus.IN_PROGRESS), " ", "recount", BY);
        assertEquals(3, r.getStructures());
        assertEquals(CompetenceStatus.IN_PROGRESS, r.getCompetences().get(Competence.YOUTH));
        assertNull(r.getSpecifics(), "a blank text is none");
        assertEquals("regulation.error.structures", assertThrows(DomainRuleException.class,
                () -> new TerritoryReference(t, DAY, -1, Map.of(), null, null, BY)).getMessageKey());
        assertEquals("text.error.lineBreak", assertThrows(DomainRuleException.class,
                () -> new TerritoryReference(t, DAY, 1, Map.of(), null, "two\nlines", BY)).getMessageKey());
    }
}
