package fr.ctgportal.model.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The typology of the funded posts year by year as the compliance plan advances, on five hand-computed posts:
 * territory A is renewed on 01/01/2027 (phase 2: the assistant and the post under 25 % are no longer funded) and
 * reaches phase 3 on 01/01/2029 (the director no longer funded); territory B is not renewed (phase 1 throughout).
 * The funding is the doctrine's (50 % of min(cost, 48,000 € × FTE) × share); the typology counts the funded posts.
 */
class TypologyByYearTest {

    private static final BigDecimal MIN = new BigDecimal("0.25");
    private static final LocalDate RENEWAL_A = LocalDate.of(2027, 1, 1);
    private static final LocalDate PHASE3_A = LocalDate.of(2029, 1, 1);

    /** A post of the set: its territory, cost (€), share and functions; its cooperation FTE is the share (full time). */
    private record Post(long id, long territory, String cost, String share, Set<PostFunction> functions) {

        PostProfile profile() {
            return new PostProfile(territory, new BigDecimal(share).setScale(2), new BigDecimal(share),
                    functions.contains(PostFunction.DIRECTOR),
                    functions.contains(PostFunction.ADMINISTRATIVE_ASSISTANT));
        }

        PostSituation situation() {
            return new PostSituation(new BigDecimal(cost), BigDecimal.ONE, new BigDecimal(share), PostOrigin.EXISTING,
                    functions, Qualification.BAC3_OR_ABOVE, EmployerKind.SIGNATORY_AUTHORITY, new BigDecimal("0.5"),
                    null);
        }
    }

    private static final List<Post> POSTS = List.of(
            // 50 % × 40,000 × 1 = 20,000 €, funded every year
            new Post(1, 1, "40000", "1", Set.of()),
            // director: 50 % × 40,000 × 0.5 = 10,000 €, until phase 3
            new Post(2, 1, "40000", "0.5", Set.of(PostFunction.DIRECTOR)),
            // administrative assistant: 50 % × 30,000 × 0.5 = 7,500 €, until phase 2
            new Post(3, 1, "30000", "0.5", Set.of(PostFunction.ADMINISTRATIVE_ASSISTANT)),
            // under 25 %: 50 % × 40,000 × 0.2 = 4,000 €, until phase 2
            new Post(4, 1, "40000", "0.2", Set.of()),
            // territory B, never renewed: a director at 50 % × 40,000 = 20,000 € every year
            new Post(5, 2, "40000", "1", Set.of(PostFunction.DIRECTOR)));

    /** Today's bonus of each post: what the doctrine funds in phase 1 (61,500 € in all). */
    private static final List<String> BONUS = List.of("20000", "10000", "7500", "4000", "20000");

    private static List<PostYear> years() {
        Doctrine doctrine = Doctrine.standard();
        List<PostYear> lines = new ArrayList<>();
        for (int year = 2026; year <= 2029; year++) {
            LocalDate on = LocalDate.of(year, 1, 1);
            for (int i = 0; i < POSTS.size(); i++) {
                Post p = POSTS.get(i);
                CompliancePhase phase = p.territory() == 1
                        ? CompliancePhase.at(RENEWAL_A, PHASE3_A, on)
                        : CompliancePhase.at(null, null, on);
                lines.add(PostYear.of(p.id(), year, p.profile(), new BigDecimal(BONUS.get(i)),
                        doctrine.evaluate(p.situation(), phase, on)));
            }
        }
        return lines;
    }

    @Test
    void theDepartmentsTypologyFollowsThePhasesYearByYear() {
        List<RedeploymentOutlook.Cell> cells = RedeploymentOutlook.byYear(years(), null, MIN);
        assertEquals(List.of(2026, 2027, 2028, 2029), cells.stream().map(RedeploymentOutlook.Cell::year).toList());

        Typology y2026 = cells.get(0).typology();
        assertEquals(5, y2026.posts());
        assertEquals(new BigDecimal("3.20"), y2026.fte());
        assertEquals(2, y2026.directors().count());
        assertEquals(new BigDecimal("1.50"), y2026.directors().fte());
        assertEquals(new BigDecimal("0.4000"), y2026.directors().countShare());
        assertEquals(new BigDecimal("0.4688"), y2026.directors().fteShare(), "1.5 / 3.2 = 46.875 %");
        assertEquals(1, y2026.assistants().count());
        assertEquals(new BigDecimal("0.1563"), y2026.assistants().fteShare(), "0.5 / 3.2 = 15.625 %");
        assertEquals(1, y2026.underThreshold().count());
        assertEquals(new BigDecimal("0.0625"), y2026.underThreshold().fteShare(), "0.2 / 3.2");
        assertEquals(0, new BigDecimal("61500").compareTo(cells.get(0).doctrineFunding()));
        assertEquals(0, cells.get(0).freed().signum(), "phase 1 everywhere: nothing freed");

        // 2027: A in phase 2, the assistant and the post under 25 % are no longer funded.
        RedeploymentOutlook.Cell c2027 = cells.get(1);
        Typology y2027 = c2027.typology();
        assertEquals(3, y2027.posts());
        assertEquals(new BigDecimal("2.50"), y2027.fte());
        assertEquals(2, y2027.directors().count());
        assertEquals(new BigDecimal("0.6000"), y2027.directors().fteShare(), "1.5 / 2.5");
        assertEquals(0, y2027.assistants().count());
        assertEquals(0, y2027.underThreshold().count());
        assertEquals(new BigDecimal("0.0000"), y2027.assistants().fteShare());
        assertEquals(1, c2027.posts(OutlookCause.ADMINISTRATIVE_ASSISTANT));
        assertEquals(1, c2027.posts(OutlookCause.SHARE_BELOW_25));
        assertEquals(0, new BigDecimal("11500").compareTo(c2027.freed()), "7,500 + 4,000 € freed");
        assertEquals(y2027, cells.get(2).typology(), "2028: still phase 2");

        // 2029: A in phase 3, its director is no longer funded; B's director stays (phase 1).
        RedeploymentOutlook.Cell c2029 = cells.get(3);
        Typology y2029 = c2029.typology();
        assertEquals(2, y2029.posts());
        assertEquals(new BigDecimal("2.00"), y2029.fte());
        assertEquals(1, y2029.directors().count());
        assertEquals(new BigDecimal("0.5000"), y2029.directors().fteShare());
        assertEquals(1, c2029.posts(OutlookCause.DIRECTOR));
        assertEquals(0, new BigDecimal("21500").compareTo(c2029.freed()), "10,000 + 7,500 + 4,000 € freed");
    }

    @Test
    void eachTerritorysTypologyIsItsOwnPostsOnly() {
        var byTerritory = years().stream().collect(Collectors.groupingBy(l -> l.profile().territoryId()));
        List<RedeploymentOutlook.Cell> a = RedeploymentOutlook.byYear(byTerritory.get(1L), 1L, MIN);
        assertEquals(4, a.get(0).typology().posts());
        assertEquals(new BigDecimal("0.2273"), a.get(0).typology().directors().fteShare(), "0.5 / 2.2");
        assertEquals(2, a.get(1).typology().posts(), "2027: the officer and the director");
        Typology a2029 = a.get(3).typology();
        assertEquals(1, a2029.posts());
        assertEquals(new BigDecimal("1.00"), a2029.fte());
        assertEquals(0, a2029.directors().count());
        assertEquals(new BigDecimal("0.0000"), a2029.directors().fteShare());

        List<RedeploymentOutlook.Cell> b = RedeploymentOutlook.byYear(byTerritory.get(2L), 2L, MIN);
        for (RedeploymentOutlook.Cell c : b) {
            assertEquals(1, c.typology().directors().count(), "B is never renewed: phase 1, " + c.year());
            assertEquals(new BigDecimal("1.0000"), c.typology().directors().fteShare());
        }
    }

    @Test
    void aTerritoryWithoutFundedPostShowsDashesNotADivisionByZero() {
        PostProfile under = new PostProfile(3, new BigDecimal("0.20"), new BigDecimal("0.2"), false, false);
        Doctrine doctrine = Doctrine.standard();
        LocalDate on = LocalDate.of(2027, 1, 1);
        PostYear excluded = PostYear.of(9, 2027, under, new BigDecimal("4000"),
                doctrine.evaluate(POSTS.get(3).situation(), CompliancePhase.PHASE_2, on));
        Typology t = RedeploymentOutlook.byYear(List.of(excluded), 3L, MIN).get(0).typology();
        assertEquals(0, t.posts());
        assertEquals(null, t.directors().fteShare());
        assertEquals(null, t.underThreshold().countShare());
    }
}
