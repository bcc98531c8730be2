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
import static org.junit.jupiter.api.Assertions.fail;

import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.ejb.territory.TerritorySummary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The use-case EJBs on Payara Micro against MariaDB, with the demo data: every method refuses the
 * wrong roles and another tenant (table {@link ServiceCatalog}), and the allowed paths work.
 */
@ExtendWith(ArquillianExtension.class)
class PortalServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestLogin();
    }

    @EJB
    private PostService posts;

    @EJB
    private TerritoryService territories;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:app/jdbc/ctg")
    private DataSource dataSource;

    private ServiceCatalog.Services services() {
        Demo demo = new Demo(dataSource);
        demo.member("rh.uzes", Demo.UZES);
        demo.member("coop.uzes", Demo.UZES);
        demo.member("rh.ales", Demo.ALES);
        demo.member("coop.ales", Demo.ALES);
        return new ServiceCatalog.Services(posts, territories, accounts, demo);
    }

    // ---- the table: every method, every role, another tenant ----

    @Test
    void everyBusinessMethodIsInTheTableWithItsRoles() {
        Set<String> declared = new TreeSet<>();
        for (Class<?> service : List.of(PostService.class, TerritoryService.class, AccountService.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
                    assertTrue(allowed != null, service.getSimpleName() + "." + m.getName() + " has no @RolesAllowed");
                    declared.add(service.getSimpleName() + "." + m.getName() + " " + new TreeSet<>(Arrays.asList(allowed.value())));
                }
            }
        }
        Set<String> table = ServiceCatalog.CASES.stream().map(c -> c.id() + " " + new TreeSet<>(c.roles()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(table, declared, "ServiceCatalog must list every business method with exactly its roles");
    }

    @Test
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void authorityHrOfAnotherAuthority() {
        checkEveryMethodAs(AUTHORITY_HR, true);
    }

    @Test
    @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    void cooperationOfficerOfAnotherAuthority() {
        checkEveryMethodAs(COOPERATION_OFFICER, true);
    }

    @Test
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAdvisorWithoutTheTerritoryInPortfolio() {
        checkEveryMethodAs(CAF_ADVISOR, true);
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void cafManager() {
        checkEveryMethodAs(CAF_MANAGER, false);
    }

    @Test
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void admin() {
        checkEveryMethodAs(ADMIN, false);
    }

    @Test
    @AsUser(name = "sans.role")
    void signedInWithoutPortalRole() {
        checkEveryMethodAs(null, false);
    }

    private void checkEveryMethodAs(String role, boolean foreignTenant) {
        ServiceCatalog.Services s = services();
        List<String> failures = new ArrayList<>();
        for (ServiceCatalog.Case c : ServiceCatalog.CASES) {
            try {
                if (role == null || !c.roles().contains(role)) {
                    try {
                        c.call().run(s);
                        failures.add(c.id() + ": not refused to role " + role);
                    } catch (EJBAccessException expected) {
                        // refused by the container, as declared
                    }
                } else if (foreignTenant) {
                    c.foreignTenant().run(s);
                }
            } catch (Throwable e) {
                failures.add(c.id() + " as " + role + ": " + e);
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    // ---- the allowed paths ----

    @Test
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void authorityHrSeesItsOwnPosts() {
        services();
        List<PostView> own = posts.listOwnPosts();
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(p -> p.employerSiren().equals(Demo.ALES)), "only Alès Agglomération's posts");
        assertEquals(own.get(0).id(), posts.findPost(own.get(0).id()).id());
    }

    @Test
    @AsUser(name = "conseil.nord", roles = CAF_ADVISOR)
    void cafAdvisorSeesTheTerritoriesOfThePortfolio() {
        Demo demo = services().demo();
        List<TerritorySummary> list = territories.listTerritories();
        Set<Long> ids = list.stream().map(TerritorySummary::id).collect(Collectors.toSet());
        assertEquals(7, list.size(), "conseil.nord follows seven territories");
        assertTrue(ids.contains(demo.territoryOf(Demo.ALES)));
        assertFalse(ids.contains(demo.territoryOf(Demo.UZES)));
        var ales = territories.findTerritory(demo.territoryOf(Demo.ALES));
        assertFalse(ales.posts().isEmpty());
        assertEquals(ales.summary().postCount(), ales.posts().size());
        assertTrue(ales.posts().stream().allMatch(p -> p.territoryId() == demo.territoryOf(Demo.ALES)));
        assertEquals(demo.firstPostOf(Demo.ALES), posts.findPost(demo.firstPostOf(Demo.ALES)).id());
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void cafManagerSeesTheWholeDepartmentWithTheDoctrineTotals() {
        List<TerritorySummary> list = territories.listTerritories();
        assertEquals(14, list.size(), "the 14 Gard-seated intercommunalities");
        assertEquals(new BigDecimal("63.21"), list.stream().map(TerritorySummary::cooperationFte)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(new BigDecimal("1537422.00"), list.stream().map(TerritorySummary::currentFunding)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(134056, list.stream().filter(t -> t.name().equals("CA Alès Agglomération"))
                .findFirst().orElseThrow().population(), "real INSEE population");
    }

    @Test
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void authorityHrCorrectsAPostWithAuditTrailAndOptimisticLocking() {
        Demo demo = services().demo();
        PostView post = posts.findPost(demo.firstPostOf(Demo.ALES));
        long auditBefore = demo.number("select count(*) from audit_event where entity_id = ? and actor = 'rh.ales'", post.id());

        PostView saved = posts.updatePostDetails(post.id(), post.version(), "  Nouvelle Titulaire (fictive) ",
                new BigDecimal("51234.50"));
        assertEquals(post.version() + 1, saved.version());
        assertEquals("Nouvelle Titulaire (fictive)", saved.holderName());
        assertEquals(new BigDecimal("51234.50"), saved.annualCost());
        assertEquals(auditBefore + 1, demo.number("select count(*) from audit_event where entity_id = ? "
                + "and actor = 'rh.ales' and action = 'POST_DETAILS_UPDATED'", post.id()), "the change is recorded");

        // a second user still holding the old version is told, and nothing is saved
        assertThrows(ConcurrentEditException.class,
                () -> posts.updatePostDetails(post.id(), post.version(), "Autre", new BigDecimal("40000.00")));
        assertThrows(InvalidInputException.class,
                () -> posts.updatePostDetails(post.id(), saved.version(), "Autre", BigDecimal.ZERO));
        PostView now = posts.findPost(post.id());
        assertEquals(saved.version(), now.version());
        assertEquals("Nouvelle Titulaire (fictive)", now.holderName());
    }
}
