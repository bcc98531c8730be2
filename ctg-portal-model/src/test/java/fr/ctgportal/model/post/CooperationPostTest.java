package fr.ctgportal.model.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A post's own rules: details, vacancy, officer, the watch on the grace period. */
class CooperationPostTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final CooperationPost post = PostFixtures.filled();

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void theEmployerCorrectsTheHolderAndTheCost() {
        post.updateDetails("  Nouvelle Titulaire  ", new BigDecimal("51234.50"));
        assertEquals("Nouvelle Titulaire", post.getHolderName());
        assertEquals(new BigDecimal("51234.50"), post.getAnnualCost());
    }

    @Test
    void detailsAreRefusedWhenTheyBreakARule() {
        refused("post.error.annualCost", () -> post.updateDetails("X", BigDecimal.ZERO));
        refused("post.error.annualCost", () -> post.updateDetails("X", new BigDecimal("1.005")));
        refused("post.error.annualCost", () -> post.updateDetails("X", new BigDecimal("100000000")));
        refused("post.error.holderTooLong", () -> post.updateDetails("x".repeat(151), BigDecimal.TEN));
        refused("post.error.holderRequired", () -> post.updateDetails(" ", BigDecimal.TEN));
        assertEquals("Camille Test", post.getHolderName(), "nothing changed");
    }

    @Test
    void aVacancyIsDeclaredOnceFromADayOfThePastYearWithACause() {
        refused("post.error.vacancyDate", () -> post.declareVacancy(TODAY.plusDays(1), VacancyCause.DEPARTURE, TODAY));
        refused("post.error.vacancyDate", () -> post.declareVacancy(TODAY.minusYears(1).minusDays(1),
                VacancyCause.DEPARTURE, TODAY));
        refused("post.error.vacancyDate", () -> post.declareVacancy(null, VacancyCause.DEPARTURE, TODAY));
        refused("post.error.vacancyCause", () -> post.declareVacancy(TODAY, null, TODAY));

        post.assignOfficer("coop.test", true);
        post.declareVacancy(TODAY.minusMonths(1), VacancyCause.LONG_ABSENCE, TODAY);
        assertEquals(PostStatus.VACANT, post.getStatus());
        assertEquals(TODAY.minusMonths(1), post.getVacantSince());
        assertNull(post.getHolderName());
        assertNull(post.getOfficerUsername(), "the officer left: no more reports from that account");
        assertFalse(post.isCtgLead());
        refused("post.error.alreadyVacant", () -> post.declareVacancy(TODAY, VacancyCause.DEPARTURE, TODAY));
        refused("post.error.vacantPost", () -> post.updateDetails("Quelqu’un", BigDecimal.TEN));
        refused("post.error.vacantPost", () -> post.assignOfficer("coop.test", false));
    }

    @Test
    void theEmployerNamesTheOfficersAccount() {
        post.assignOfficer("  coop.uzes ", true);
        assertEquals("coop.uzes", post.getOfficerUsername());
        assertTrue(post.isCtgLead());
        post.assignOfficer(" ", true);
        assertNull(post.getOfficerUsername());
        assertFalse(post.isCtgLead(), "no account, no lead");
        refused("post.error.officerAccount", () -> post.assignOfficer("un compte ; drop", false));
        refused("post.error.officerAccount", () -> post.assignOfficer("a".repeat(101), false));
    }

    @Test
    void theFundingIsSuspendedOnceAfterTheGracePeriodOnly() {
        assertFalse(post.suspendFundingIfGraceOver(TODAY, 2), "a filled post");
        post.declareVacancy(TODAY.minusMonths(3), VacancyCause.DEPARTURE, TODAY);
        assertFalse(post.suspendFundingIfGraceOver(TODAY.minusMonths(2), 2), "within the grace period");
        assertTrue(post.suspendFundingIfGraceOver(TODAY, 2));
        assertEquals(TODAY, post.getFundingSuspendedOn());
        assertFalse(post.suspendFundingIfGraceOver(TODAY.plusDays(1), 2), "once");
    }

    @Test
    void theCooperationFteCountsToTheHundredth() {
        post.weighingAgreed(new BigDecimal("0.3333"), false);
        assertEquals(new BigDecimal("0.33"), post.getCooperationFte());
    }
}
