package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.doctrine.FundingSimulator;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Every business method of every use-case EJB, with the roles allowed to call it and what a user of
 * another tenant (another authority, another advisor's portfolio) gets from it. A method missing from
 * this table fails {@code PortalServicesIT}, so a new method cannot ship without its checks.
 */
final class ServiceCatalog {

    private ServiceCatalog() {
    }

    record Services(PostService posts, TerritoryService territories, AccountService accounts, Demo demo,
                    FundingSimulator simulator) {
    }

    /** The doctrine's worked example: 50,000 €, full time, half of it on the mission: 12,000 €. */
    static PostSituation workedExample() {
        return new PostSituation(new BigDecimal("50000"), BigDecimal.ONE, new BigDecimal("0.5"), PostOrigin.EXISTING,
                Set.of(), Qualification.BAC3_OR_ABOVE, EmployerKind.SIGNATORY_AUTHORITY, new BigDecimal("0.5"), null);
    }

    @FunctionalInterface
    interface Call {
        void run(Services s) throws Exception;
    }

    /**
     * One method: {@code call} invokes it with any arguments (for the role check); {@code foreignTenant}
     * is run by a user of an allowed role whose scope excludes Alès Agglomération, and asserts that
     * nothing of Alès is read or changed.
     */
    record Case(Class<?> service, String method, Set<String> roles, Call call, Call foreignTenant) {
        String id() {
            return service.getSimpleName() + "." + method;
        }
    }

    static final List<Case> CASES = List.of(
            new Case(PostService.class, "listOwnPosts", Set.of(AUTHORITY_HR, COOPERATION_OFFICER),
                    s -> s.posts().listOwnPosts(),
                    s -> {
                        var posts = s.posts().listOwnPosts();
                        assertFalse(posts.isEmpty(), "the user's own posts are listed");
                        assertTrue(posts.stream().noneMatch(p -> p.employerSiren().equals(Demo.ALES)));
                    }),
            new Case(PostService.class, "findPost", Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.posts().findPost(1L),
                    s -> {
                        var foreign = assertThrows(NotFoundException.class,
                                () -> s.posts().findPost(s.demo().firstPostOf(Demo.ALES)));
                        var unknown = assertThrows(NotFoundException.class, () -> s.posts().findPost(Demo.UNKNOWN_ID));
                        assertEquals(unknown.getMessageKey(), foreign.getMessageKey(), "no leak of existence");
                    }),
            new Case(PostService.class, "updatePostDetails", Set.of(AUTHORITY_HR),
                    s -> s.posts().updatePostDetails(1L, 0L, "x", BigDecimal.TEN),
                    s -> {
                        long id = s.demo().firstPostOf(Demo.ALES);
                        String before = s.demo().text("select concat(holder_name, '/', annual_cost, '/', version) "
                                + "from cooperation_post where id = ?", id);
                        long version = s.demo().number("select version from cooperation_post where id = ?", id);
                        assertThrows(NotFoundException.class,
                                () -> s.posts().updatePostDetails(id, version, "Intrus", new BigDecimal("1.00")));
                        assertEquals(before, s.demo().text("select concat(holder_name, '/', annual_cost, '/', version) "
                                + "from cooperation_post where id = ?", id), "nothing changed");
                    }),
            new Case(TerritoryService.class, "listTerritories", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.territories().listTerritories(),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        var list = s.territories().listTerritories();
                        assertFalse(list.isEmpty(), "the advisor's portfolio is listed");
                        assertTrue(list.stream().noneMatch(t -> t.id() == ales));
                    }),
            new Case(TerritoryService.class, "findTerritory", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.territories().findTerritory(1L),
                    s -> {
                        assertThrows(NotFoundException.class,
                                () -> s.territories().findTerritory(s.demo().territoryOf(Demo.ALES)));
                        assertThrows(NotFoundException.class, () -> s.territories().findTerritory(Demo.UNKNOWN_ID));
                    }),
            new Case(FundingSimulator.class, "simulate",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.simulator().simulate(workedExample(), CompliancePhase.PHASE_1),
                    s -> {
                        // Reads no tenant data: whoever asks gets the doctrine's own answer.
                        var decision = s.simulator().simulate(workedExample(), CompliancePhase.PHASE_1);
                        assertTrue(decision.funded());
                        assertEquals(new BigDecimal("24000.00"), decision.eligibleCost());
                        assertEquals(new BigDecimal("12000.00"), decision.cafFunding());
                    }),
            new Case(AccountService.class, "recordSignIn", Set.of(AUTHORITY_HR, COOPERATION_OFFICER),
                    s -> s.accounts().recordSignIn(),
                    s -> {
                        // Without a verified token nothing is recorded: a caller cannot grant itself an authority.
                        s.accounts().recordSignIn();
                        assertTrue(s.posts().listOwnPosts().stream().noneMatch(p -> p.employerSiren().equals(Demo.ALES)));
                    }),
            new Case(AccountService.class, "currentProfile",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.accounts().currentProfile(),
                    s -> {
                        var profile = s.accounts().currentProfile();
                        assertFalse(profile.authorityNames().contains("CA Alès Agglomération"));
                        assertFalse(profile.portfolioTerritories().contains("CA Alès Agglomération"));
                    }));
}
