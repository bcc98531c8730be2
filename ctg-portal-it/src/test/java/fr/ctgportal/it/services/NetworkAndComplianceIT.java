package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.compliance.TerritoryPlan;
import fr.ctgportal.ejb.network.Attendee;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.territory.TerritorySummary;
import fr.ctgportal.model.compliance.MilestoneState;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.ejb.platform.PageRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The network and the compliance plan as issue 13 wants them: the attendance list names each officer
 * of a funded post; a post whose funding a procedure ended is in one consistent state everywhere
 * (the post, the territory's counts and totals, the plan's funded posts, its milestones); phase 1
 * applies from 2025 to every territory with funded posts. The posts are the test's own (copies of a
 * Nîmes Métropole post, 0.80 FTE so that no other test picks them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkAndComplianceIT extends DeployedServices {

    private static final String NIMES = "243000643";
    private static final String HR = "rh.nimes.reseau";

    private static long officer;
    private static long ended;
    private static long vacant;
    private static long procedure;
    private static long territory;
    private static long postsBefore;
    private static int fundedBefore;

    private Demo demo() {
        return database().member(HR, NIMES);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A post of Nîmes Métropole of this test's own, held by {@code holder} (null: vacant). */
    private long newPost(String title, String holder) {
        return demo().ownPost(NIMES, title, holder);
    }

    private TerritorySummary summary() {
        return territories.findTerritory(territory).summary();
    }

    private TerritoryPlan plan() {
        return plan.territoryPlans().stream().filter(t -> t.territoryId() == territory).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theAttendanceListNamesEachOfficerOfAFundedPost() {
        officer = newPost("IT réseau : chargée présente", "Sacha Réseau");
        vacant = newPost("IT réseau : poste vacant", null);
        ended = newPost("IT réseau : financement arrêté", "Lou Arrêt");
        territory = demo().number("select territory_id from cooperation_post where id = ?", officer);
        List<Attendee> attendees = network.attendees();
        Attendee sacha = attendees.stream().filter(a -> a.postId() == officer).findFirst().orElseThrow();
        assertEquals("Sacha Réseau", sacha.holderName());
        assertEquals("IT réseau : chargée présente", sacha.postTitle());
        assertEquals(demo().text("select name from authority where siren = ?", NIMES), sacha.employerName());
        assertEquals(territory, sacha.territoryId());
        assertTrue(attendees.stream().noneMatch(a -> a.postId() == vacant), "a vacant post has no officer");
        assertTrue(attendees.stream().allMatch(a -> a.holderName() != null), "every line names its officer");
        assertEquals(attendees.size(), attendees.stream().map(a -> a.postId()).distinct().count());
    }

    @Test
    @Order(2)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void managerOpensAProcedure() {
        postsBefore = summary().postCount();
        fundedBefore = plan().fundedPosts();
        procedure = procedures.open(ended, ProcedureGround.REALITY, "Aucune action de coopération visible.",
                today().plusDays(15));
    }

    @Test
    @Order(3)
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void theAuthoritySeesOnItsHomePageThatAProcedureAwaitsItsAnswerAndSendsItsProof() {
        assertTrue(procedures.awaitingOurAnswer().stream().anyMatch(p -> p.id() == procedure && p.postId() == ended),
                "the home page lists it");
        refused("procedure.error.messageBody", () -> procedures.postMessage(procedure, " ", null));
        procedures.postMessage(procedure, "Voici la délibération qui engage la collectivité.",
                ServiceCatalog.pdf("deliberation-engagement.pdf"));
        var thread = procedures.messages(procedure);
        assertEquals(1, thread.size());
        assertEquals(fr.ctgportal.model.shared.Side.AUTHORITY, thread.get(0).side());
        assertEquals("deliberation-engagement.pdf", thread.get(0).document().fileName());
        assertEquals(1, demo().mails("conseil.sud@demo.ctg-portal.invalid",
                "Nouveau message sur la procédure de mise en conformité : CTG-% « IT réseau%"));
        long version = demo().number("select version from compliance_procedure where id = ?", procedure);
        procedures.answer(procedure, version, "Nous nous engageons à revoir la fiche de poste.");
        assertTrue(procedures.awaitingOurAnswer().stream().noneMatch(p -> p.id() == procedure),
                "answered: no longer awaiting");
    }

    @Test
    @Order(4)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void endingTheFundingGivesOneStateEverywhere() {
        var thread = procedures.messages(procedure);
        var download = procedures.downloadDocument(procedure, thread.get(0).document().id());
        assertEquals("deliberation-engagement.pdf", download.fileName());
        assertThrows(NotFoundException.class, () -> procedures.downloadDocument(procedure, Demo.UNKNOWN_ID));
        procedures.postMessage(procedure, "La délibération ne prévoit aucun calendrier.", null);
        assertEquals(2, procedures.messages(procedure).size());
        long version = demo().number("select version from compliance_procedure where id = ?", procedure);
        procedures.close(procedure, version, false, "Engagement sans preuve à l’évaluation intermédiaire.");
        var post = posts.findPost(ended);
        assertEquals(today(), post.fundingEndedOn(), "the post says since when");
        var listed = posts.pagePosts(PageRequest.firstPage(50).with("territory", String.valueOf(territory))).rows()
                .stream().filter(p -> p.id() == ended).findFirst().orElseThrow();
        assertEquals(today(), listed.fundingEndedOn(), "still listed, shown ended");
        assertEquals(postsBefore - 1, summary().postCount(), "out of the territory's count");
        String problem = summary().doctrineProblem();
        assertTrue(problem == null || !problem.contains("mis fin"), "no doctrine error addressed to the Caf");
        assertTrue(plan().fundedPosts() <= fundedBefore, "never counted among the plan's funded posts");
        assertEquals(0, plan.postMilestones(ended).count(MilestoneState.LATE), "no milestone late any more");
        assertTrue(network.attendees().stream().noneMatch(a -> a.postId() == ended), "out of the network");
        refused("procedure.error.closed", () -> procedures.postMessage(procedure, "après la clôture", null));
    }

    @Test
    @Order(5)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theFundingTotalsLeaveOutTheEndedPostFromTheYearItEnded() {
        int year = today().getYear();
        demo().update("insert into weighing (post_id, number, status, authority_signed_by, authority_signed_at, "
                + "caf_signed_by, caf_signed_at) values (?, 1, 'SUPERSEDED', ?, current_timestamp(3), 'conseil.sud', "
                + "current_timestamp(3))", ended, HR);
        long weighing = demo().number("select max(id) from weighing where post_id = ?", ended);
        for (int y = year - 1; y <= year + 1; y++) {
            demo().update("insert into funding_decision (post_id, funding_year, weighing_id, status, funded, "
                    + "caf_funding, eligible_cost, cooperation_fte, annual_cost, phase, evaluated_on, prepared_by, "
                    + "prepared_at, decided_by, decided_at) values (?, ?, ?, 'APPROVED', true, 12000, 24000, 0.5, "
                    + "50000, 'PHASE_1', current_date(), 'conseil.sud', current_timestamp(3), 'direction.caf', "
                    + "current_timestamp(3))", ended, y, weighing);
        }
        assertEquals(1, counted(year - 1, ended), "the year before it ended, the post still counts");
        assertEquals(0, counted(year, ended), "out of the totals of the year it ended");
        assertEquals(0, counted(year + 1, ended), "and of the years after");
    }

    @Test
    @Order(6)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void phase1AppliesFrom2025ToEveryTerritoryWithFundedPosts() {
        for (TerritoryPlan t : plan.territoryPlans()) {
            if (t.fundedPosts() == 0) {
                assertNull(t.phase1From(), t.territoryName());
            } else {
                LocalDate expected = t.ctgStart() != null && t.ctgStart().isAfter(CompliancePhase.PLAN_START)
                        ? t.ctgStart()
                        : CompliancePhase.PLAN_START;
                assertEquals(expected, t.phase1From(), t.territoryName());
                assertFalse(t.phase1From().isBefore(LocalDate.of(2025, 1, 1)));
            }
        }
        assertEquals(LocalDate.of(2025, 1, 1), CompliancePhase.PLAN_START);
    }

    /** The post's decisions of that year counted in the year's totals. */
    private long counted(int year, long post) {
        return decisions.pageDecisions(PageRequest.firstPage(10).with("year", String.valueOf(year))
                .with("counted", "true").with("post", String.valueOf(post))).total();
    }
}
