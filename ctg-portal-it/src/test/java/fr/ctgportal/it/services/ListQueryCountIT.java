package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.platform.PageRequest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the first page of a list costs the same SQL statements whatever the number of rows
 * (paging, counts and sums in the database; no statement per row). Measured at two data sizes: the
 * test adds 60 posts of Nîmes Métropole of its own, each with a decision sent back, whose funding
 * ended long ago (so that no other test's counts or totals see them), and lists them again.
 */
class ListQueryCountIT extends DeployedServices {

    private static final String NIMES = "243000643";
    private static final String TITLE = "ZZZ IT requêtes ";
    private static final int ADDED = 60;

    @Inject
    private StatementCount statements;

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void aListsFirstPageCostsTheSameStatementsWhateverItsSize() {
        Demo demo = database();
        long territory = demo.territoryOf(NIMES);
        addPosts(demo, 0, 2);
        long before = posts.pagePosts(endedOf(territory)).total();
        Map<String, Long> small = measure(territory);
        addPosts(demo, 2, ADDED);
        assertEquals(before + ADDED, posts.pagePosts(endedOf(territory)).total(), "counted by the database");
        Map<String, Long> large = measure(territory);
        assertTrue(small.values().stream().allMatch(n -> n > 0), "statements counted: " + small);
        assertEquals(small, large, "statements of each list's first page");
    }

    /** Posts of Nîmes Métropole of the test's own, funding ended in 2020, each with a decision sent back. */
    private static void addPosts(Demo demo, int from, int count) {
        long model = demo.number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.status = 'FILLED'", NIMES);
        for (int i = from; i < from + count; i++) {
            String title = TITLE + i;
            demo.update("insert into cooperation_post (territory_id, employer_id, title, holder_name, employment_fte, "
                    + "cooperation_share, annual_cost, origin, status, qualification, employer_kind, "
                    + "cofinancing_share, current_funding, funding_ended_on) select territory_id, employer_id, ?, "
                    + "'Titulaire (test)', 0.80, cooperation_share, annual_cost, origin, 'FILLED', qualification, "
                    + "employer_kind, cofinancing_share, 0, '2020-06-30' from cooperation_post where id = ?",
                    title, model);
            long post = demo.number("select max(id) from cooperation_post where title = ?", title);
            demo.update("insert into weighing (post_id, number, status, authority_signed_by, authority_signed_at, "
                    + "caf_signed_by, caf_signed_at) values (?, 1, 'SUPERSEDED', 'rh.nimes', current_timestamp(3), "
                    + "'conseil.sud', current_timestamp(3))", post);
            demo.update("insert into funding_decision (post_id, funding_year, weighing_id, status, funded, "
                    + "caf_funding, eligible_cost, cooperation_fte, annual_cost, phase, evaluated_on, prepared_by, "
                    + "prepared_at, return_reason) values (?, 2019, (select max(id) from weighing where post_id = ?), "
                    + "'RETURNED', true, 1000, 2000, 0.5, 50000, 'PHASE_1', '2019-01-15', 'conseil.sud', "
                    + "current_timestamp(3), 'Test de volumétrie.')", post, post);
        }
    }

    private static PageRequest endedOf(long territory) {
        return PageRequest.firstPage(50).with("territory", String.valueOf(territory)).with("funding", "ended");
    }

    /** The statements of the first page of each list (the first call warms what is read once). */
    private Map<String, Long> measure(long territory) {
        Map<String, Long> counts = new LinkedHashMap<>();
        PageRequest returned = PageRequest.firstPage(50).with("status", "RETURNED").with("territory",
                String.valueOf(territory));
        posts.pagePosts(endedOf(territory));
        counts.put("posts", statements.during(() -> posts.pagePosts(endedOf(territory))));
        counts.put("posts, search", statements.during(() -> posts.pagePosts(endedOf(territory).with(
                PageRequest.SEARCH, "requêtes"))));
        counts.put("decisions", statements.during(() -> decisions.pageDecisions(returned)));
        counts.put("funding totals", statements.during(() -> decisions.totals(2019)));
        counts.put("territory", statements.during(() -> territories.findTerritory(territory)));
        counts.put("territories", statements.during(() -> territories.pageTerritories(PageRequest.firstPage(50))));
        counts.put("territory totals", statements.during(() -> territories.totals()));
        counts.put("recruitment files", statements.during(() -> files.pageFiles(PageRequest.firstPage(50))));
        return counts;
    }
}
