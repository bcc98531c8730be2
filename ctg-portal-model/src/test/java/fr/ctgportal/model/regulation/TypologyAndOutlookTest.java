package fr.ctgportal.model.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typology of the posts, the causes and the year-by-year outlook, on hand-computed posts. */
class TypologyAndOutlookTest {

    private static final BigDecimal MIN = new BigDecimal("0.25");
    private static final PostProfile DIRECTOR = new PostProfile(1, new BigDecimal("1.00"), BigDecimal.ONE, true, false);
    private static final PostProfile ASSISTANT = new PostProfile(1, new BigDecimal("0.50"), new BigDecimal("0.5"),
            false, true);
    private static final PostProfile UNDER = new PostProfile(2, new BigDecimal("0.20"), new BigDecimal("0.20"), false,
            false);
    private static final PostProfile OFFICER = new PostProfile(2, new BigDecimal("0.80"), new BigDecimal("0.8"), false,
            false);

    @Test
    void theTypologyCountsPostsAndFteAsTheCafsStudyDoes() {
        Typology t = Typology.of(List.of(DIRECTOR, ASSISTANT, UNDER, OFFICER), MIN);
        assertEquals(4, t.posts());
        assertEquals(new BigDecimal("2.50"), t.fte());
        assertEquals(1, t.directors().count());
        assertEquals(new BigDecimal("0.2500"), t.directors().countShare());
        assertEquals(new BigDecimal("1.00"), t.directors().fte());
        assertEquals(new BigDecimal("0.4000"), t.directors().fteShare());
        assertEquals(new BigDecimal("0.2000"), t.assistants().fteShare());
        assertEquals(1, t.underThreshold().count());
        assertEquals(new BigDecimal("0.0800"), t.underThreshold().fteShare());
    }

    @Test
    void noPostGivesDashesNotADivisionByZero() {
        Typology t = Typology.of(List.of(), MIN);
        assertEquals(0, t.posts());
        assertNull(t.directors().countShare());
        assertNull(t.directors().fteShare());
    }

    private static PostSituation situation(BigDecimal cost, BigDecimal share, Set<PostFunction> functions) {
        return new PostSituation(cost, BigDecimal.ONE, share, PostOrigin.EXISTING, functions,
                Qualification.BAC3_OR_ABOVE, EmployerKind.SIGNATORY_AUTHORITY, new BigDecimal("0.5"), null);
    }

    @Test
    void theCausesComeFromTheDoctrinesDecision() {
        Doctrine doctrine = Doctrine.standard();
        LocalDate on = LocalDate.of(2026, 6, 1);
        // The doctrine's worked example: 50,000 € capped to 48,000 €.
        assertEquals(Set.of(OutlookCause.CEILING), OutlookCause.of(doctrine.evaluate(
                situation(new BigDecimal("50000"), new BigDecimal("0.5"), Set.of()), CompliancePhase.PHASE_1, on)));
        assertEquals(Set.of(), OutlookCause.of(doctrine.evaluate(
                situation(new BigDecimal("40000"), new BigDecimal("0.5"), Set.of()), CompliancePhase.PHASE_2, on)));
        assertEquals(Set.of(OutlookCause.SHARE_BELOW_25), OutlookCause.of(doctrine.evaluate(
                situation(new BigDecimal("40000"), new BigDecimal("0.2"), Set.of()), CompliancePhase.PHASE_2, on)));
        assertEquals(Set.of(OutlookCause.DIRECTOR), OutlookCause.of(doctrine.evaluate(situation(new BigDecimal("40000"),
                new BigDecimal("0.5"), Set.of(PostFunction.DIRECTOR)), CompliancePhase.PHASE_3, on)));
        assertEquals(Set.of(), OutlookCause.of(doctrine.evaluate(situation(new BigDecimal("40000"),
                new BigDecimal("0.5"), Set.of(PostFunction.DIRECTOR)), CompliancePhase.PHASE_2, on)),
                "a director is only warned before phase 3");
        assertEquals(Set.of(OutlookCause.OTHER), OutlookCause.of(null));
    }

    @Test
    void theOutlookSumsEachYearAndTellsWhatThePlanFrees() {
        List<PostYear> lines = List.of(
                new PostYear(1, 2026, OFFICER, new BigDecimal("10000"), new BigDecimal("9000"), true,
                        Set.of(OutlookCause.CEILING)),
                new PostYear(2, 2026, DIRECTOR, new BigDecimal("8000"), new BigDecimal("8000"), true, Set.of()),
                new PostYear(1, 2027, OFFICER, new BigDecimal("10000"), new BigDecimal("9000"), true,
                        Set.of(OutlookCause.CEILING)),
                new PostYear(2, 2027, DIRECTOR, new BigDecimal("8000"), BigDecimal.ZERO, false,
                        Set.of(OutlookCause.DIRECTOR)));
        List<RedeploymentOutlook.Cell> cells = RedeploymentOutlook.byYear(lines, null, MIN);
        assertEquals(2, cells.size());
        RedeploymentOutlook.Cell first = cells.get(0);
        assertEquals(2026, first.year());
        assertEquals(new BigDecimal("18000"), first.bonus());
        assertEquals(new BigDecimal("17000"), first.doctrineFunding());
        assertEquals(new BigDecimal("1000"), first.freed());
        assertEquals(1, first.posts(OutlookCause.CEILING));
        assertEquals(0, first.posts(OutlookCause.DIRECTOR));
        assertEquals(2, first.typology().posts());
        RedeploymentOutlook.Cell second = cells.get(1);
        assertEquals(new BigDecimal("9000"), second.freed());
        assertEquals(1, second.posts(OutlookCause.DIRECTOR));
        assertEquals(1, second.typology().posts(), "the director no longer funded");
        assertEquals(0, second.typology().directors().count());
    }

    @Test
    void aReformIsComparedPostByPostTerritoryByTerritoryAndInTotal() {
        List<ReformLine> posts = List.of(new ReformLine(1L, 10L, new BigDecimal("12000"), new BigDecimal("12500")),
                new ReformLine(2L, 10L, new BigDecimal("6000"), new BigDecimal("5400")),
                new ReformLine(3L, 20L, new BigDecimal("24000"), new BigDecimal("25000")));
        List<ReformLine> territories = ReformLine.byTerritory(posts);
        assertEquals(2, territories.size());
        assertEquals(new BigDecimal("18000"), territories.get(0).baseline());
        assertEquals(new BigDecimal("17900"), territories.get(0).reform());
        assertEquals(new BigDecimal("-100"), territories.get(0).difference());
        ReformLine total = ReformLine.total(posts);
        assertEquals(new BigDecimal("42000"), total.baseline());
        assertEquals(new BigDecimal("42900"), total.reform());
    }
}
