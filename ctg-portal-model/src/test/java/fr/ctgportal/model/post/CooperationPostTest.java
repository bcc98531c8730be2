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
        assertEquals(TODAY.minusMonths(3).plusMonths(2), post.getFundingSuspendedOn(),
                "from the first day after the grace period, not the day of the watch");
        assertFalse(post.suspendFundingIfGraceOver(TODAY.plusDays(1), 2), "once");
    }

    @Test
    void theHolderBackFromALongAbsenceFillsThePostAgainAndTheGraceStops() {
        post.assignOfficer("coop.test", true);
        refused("post.error.notAbsent", () -> post.endAbsence(TODAY, null, TODAY));
        post.declareVacancy(TODAY.minusMonths(3), VacancyCause.LONG_ABSENCE, TODAY);
        assertTrue(post.suspendFundingIfGraceOver(TODAY.minusDays(1), 2));
        refused("post.error.returnDate", () -> post.endAbsence(TODAY.minusMonths(4), null, TODAY));
        refused("post.error.returnDate", () -> post.endAbsence(TODAY.plusDays(1), null, TODAY));
        post.endAbsence(TODAY, null, TODAY);
        assertEquals(PostStatus.FILLED, post.getStatus());
        assertEquals("Camille Test", post.getHolderName());
        assertEquals("coop.test", post.getOfficerUsername());
        assertTrue(post.isCtgLead());
        assertNull(post.getVacantSince());
        assertNull(post.getFundingSuspendedOn(), "the holder is back: the funding resumes");
        assertFalse(post.suspendFundingIfGraceOver(TODAY.plusMonths(6), 2), "no grace period runs any more");
    }

    @Test
    void aDepartureIsNotAnAbsenceToEnd() {
        post.declareVacancy(TODAY, VacancyCause.DEPARTURE, TODAY);
        refused("post.error.notAbsent", () -> post.endAbsence(TODAY, null, TODAY));
    }

    @Test
    void aVacancyDeclaredByMistakeIsWithdrawnBeforeAnySuspensionOnly() {
        refused("post.error.noVacancy", () -> post.withdrawVacancy(null));
        post.declareVacancy(TODAY.minusMonths(1), VacancyCause.DEPARTURE, TODAY);
        post.withdrawVacancy(null);
        assertEquals(PostStatus.FILLED, post.getStatus());
        assertEquals("Camille Test", post.getHolderName());
        assertNull(post.getVacancyCause());

        post.declareVacancy(TODAY.minusMonths(3), VacancyCause.DEPARTURE, TODAY);
        assertTrue(post.suspendFundingIfGraceOver(TODAY, 2));
        refused("post.error.vacancySuspended", () -> post.withdrawVacancy(null));
        assertEquals(PostStatus.VACANT, post.getStatus(), "nothing changed");
    }

    @Test
    void aDepartureAnnouncedAheadKeepsTheHolderUntilItsDayAndTheGraceRunsFromIt() {
        refused("post.error.departureDate", () -> post.announceDeparture(TODAY, TODAY));
        refused("post.error.departureDate", () -> post.announceDeparture(TODAY.plusYears(1).plusDays(1), TODAY));
        LocalDate leaves = TODAY.plusMonths(1);
        post.announceDeparture(leaves, TODAY);
        assertTrue(post.isDepartureAnnounced());
        assertEquals(PostStatus.FILLED, post.getStatus());
        assertEquals("Camille Test", post.getHolderName());
        assertEquals(leaves.plusMonths(2).minusDays(1), post.fundedUntil(2));
        refused("post.error.alreadyVacant", () -> post.declareVacancy(TODAY, VacancyCause.DEPARTURE, TODAY));
        refused("post.error.alreadyVacant", () -> post.announceDeparture(leaves, TODAY));
        assertFalse(post.startAnnouncedVacancy(leaves.minusDays(1)));
        assertTrue(post.startAnnouncedVacancy(leaves));
        assertEquals(PostStatus.VACANT, post.getStatus());
        assertNull(post.getHolderName());
        assertFalse(post.suspendFundingIfGraceOver(leaves.plusMonths(2).minusDays(1), 2), "funded to the end");
        assertTrue(post.suspendFundingIfGraceOver(leaves.plusMonths(2), 2));
    }

    @Test
    void anAnnouncedDepartureWithdrawnLeavesThePostAsItWas() {
        post.announceDeparture(TODAY.plusDays(10), TODAY);
        post.withdrawVacancy(null);
        assertFalse(post.isDepartureAnnounced());
        assertNull(post.getVacantSince());
        assertNull(post.fundedUntil(2));
    }

    @Test
    void theCooperationFteCountsToTheHundredth() {
        post.weighingAgreed(new BigDecimal("0.3333"), false);
        assertEquals(new BigDecimal("0.33"), post.getCooperationFte());
    }
}
