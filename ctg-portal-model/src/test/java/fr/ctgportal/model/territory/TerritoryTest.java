package fr.ctgportal.model.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A territory created from the official list, its Ctg dates and figures, its communal exception. */
class TerritoryTest {

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    private static Territory uzes() {
        return Territory.ofIntercommunality(Intercommunalities.bySiren("200034379").orElseThrow(),
                new BigDecimal("502.77"));
    }

    @Test
    void createdFromTheOfficialListWithItsPopulation() {
        Territory t = uzes();
        assertEquals("CC Pays d'Uzès", t.getName());
        assertEquals("200034379", t.getSiren());
        assertEquals(30894, t.getPopulation());
        assertFalse(t.isCommunalPostsAllowed(), "the exception is granted, never assumed");
        refused("admin.error.areaInvalid", () -> Territory.ofIntercommunality(
                Intercommunalities.bySiren("200034379").orElseThrow(), BigDecimal.ZERO));
    }

    @Test
    void theListIsSearchedByNameOrSiren() {
        assertEquals(1255, Intercommunalities.all().size());
        assertTrue(Intercommunalities.search("uzes", 10).stream().anyMatch(i -> i.siren().equals("200034379")),
                "accents and case ignored");
        assertEquals("CC Rhony, Vistre, Vidourle", Intercommunalities.search("243000569", 10).get(0).name(),
                "a quoted name with commas");
        assertTrue(Intercommunalities.bySiren("000000000").isEmpty());
    }

    @Test
    void agreementDatesKeepTheirOrder() {
        Territory t = uzes();
        LocalDate start = LocalDate.of(2026, 1, 1);
        t.changeAgreement(start, LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1));
        assertEquals(start, t.getCtgStart());
        refused("admin.error.endBeforeStart", () -> t.changeAgreement(start, start.minusDays(1), null));
        refused("admin.error.renewalBeforeStart", () -> t.changeAgreement(start, null, start.minusDays(1)));
        refused("admin.error.datesWithoutStart", () -> t.changeAgreement(null, start, null));
        assertEquals(LocalDate.of(2029, 12, 31), t.getCtgEnd(), "a refused change changes nothing");
    }

    @Test
    void figuresAreNeverNegative() {
        Territory t = uzes();
        t.changeFigures(31000, new BigDecimal("500.00"), 14);
        assertEquals(14, t.getFamilyServiceStructures());
        refused("admin.error.populationInvalid", () -> t.changeFigures(-1, BigDecimal.ONE, 0));
        refused("admin.error.areaInvalid", () -> t.changeFigures(1, BigDecimal.ZERO, 0));
        refused("admin.error.structuresInvalid", () -> t.changeFigures(1, BigDecimal.ONE, -2));
        assertEquals(31000, t.getPopulation());
    }

    @Test
    void communalPostsAreAnExceptionOfTheTerritory() {
        Territory t = uzes();
        t.allowCommunalPosts(true);
        assertTrue(t.isCommunalPostsAllowed());
    }
}
