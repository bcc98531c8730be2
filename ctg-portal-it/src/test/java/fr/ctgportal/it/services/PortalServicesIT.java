package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.ctgportal.ejb.doctrine.SituationRefusedException;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.territory.TerritorySummary;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.FindingCode;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.doctrine.Severity;
import fr.ctgportal.ejb.platform.PageRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The use-case EJBs on Payara Micro against MariaDB, with the demo data: every method refuses the
 * wrong roles and another tenant (table {@link ServiceCatalog}, one dynamic test per method and
 * role), and the allowed paths work.
 */
class PortalServicesIT extends DeployedServices {

    private Demo demo() {
        return ServiceCatalog.demo(dataSource);
    }

    // ---- the table: every method, every role, another tenant ----

    /**
     * The table, one test per method and {@link Caller} (the role's refusal, or what a user of
     * another tenant gets), after the check that it lists every business method with its roles.
     * Arquillian's JUnit 5 extension runs test factories on the client (it intercepts only test and
     * template methods), so each test asks {@link ServiceTableServlet} to run its check in the
     * container, signed in as its caller.
     */
    @TestFactory
    Stream<DynamicTest> everyMethodAsEveryRole(@ArquillianResource URL portal) {
        HttpClient http = HttpClient.newHttpClient();
        Stream<DynamicTest> rows = Arrays.stream(Caller.values()).flatMap(caller -> ServiceCatalog.CASES.stream()
                .filter(row -> caller.check(row).isPresent())
                .map(row -> dynamicTest(caller.testName(row), () -> checkInTheContainer(http, portal, caller, row))));
        return Stream.concat(Stream.of(dynamicTest("every business method is in the table with its roles",
                PortalServicesIT::everyBusinessMethodIsInTheTableWithItsRoles)), rows);
    }

    private static void checkInTheContainer(HttpClient http, URL portal, Caller caller, ServiceCatalog.Case row)
            throws Exception {
        URI check = portal.toURI().resolve("service-table?className=" + Caller.class.getName() + "&methodName="
                + caller.name() + "&row=" + URLEncoder.encode(row.id(), StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(check).build(), BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        if (!answer.body().equals(ServiceTableServlet.PASSED)) {
            fail(caller.testName(row) + " failed in the container:\n" + answer.body());
        }
    }

    /** Every public method of every session bean is a row, with exactly its roles. */
    private static void everyBusinessMethodIsInTheTableWithItsRoles() {
        Set<String> table = ServiceCatalog.CASES.stream().map(c -> c.id() + " " + new TreeSet<>(c.roles()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = SessionBeans.businessMethodsWithTheirRoles();
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(table);
        Set<String> extra = new TreeSet<>(table);
        extra.removeAll(declared);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "ServiceCatalog must list every business method with "
                + "exactly its roles; declared but not in the table: " + missing + "; in the table but not declared: "
                + extra);
    }

    // ---- the allowed paths ----

    @Test
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void authorityHrSeesItsOwnPosts() {
        demo();
        List<PostView> own = posts.pagePosts(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(p -> p.employerSiren().equals(Demo.ALES)), "only Alès Agglomération's posts");
        assertEquals(own.get(0).id(), posts.findPost(own.get(0).id()).id());
    }

    @Test
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void thePostVerdictIsTheDoctrinesDecisionForTheTerritorysPhaseToday() {
        Demo demo = demo();
        for (PostView post : posts.pagePosts(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows()) {
            FundingDecision expected = expectedDecision(demo, post.id());
            PostView found = posts.findPost(post.id());
            assertTrue(found.verdict().evaluated(), "post " + post.id() + ": " + found.verdict().problem());
            assertEquals(expected.cafFunding(), found.verdict().decision().cafFunding(), "post " + post.id());
            assertEquals(expected.phase(), found.verdict().decision().phase(), "post " + post.id());
            assertEquals(expected.findingCodes(), found.verdict().decision().findingCodes(), "post " + post.id());
            assertEquals(expected.cafFunding(), post.verdict().decision().cafFunding(), "the list says the same");
        }
    }

    @Test
    @AsUser(name = "coop.ales", roles = COOPERATION_OFFICER)
    void theSimulatorAppliesTheDoctrine() {
        demo();
        PostSituation example = ServiceCatalog.workedExample();
        FundingDecision full = simulator.simulate(withShare(example, "1"), CompliancePhase.PHASE_1);
        assertEquals(new BigDecimal("24000.00"), full.cafFunding());

        FundingDecision low = simulator.simulate(withShare(example, "0.2"), CompliancePhase.PHASE_2);
        assertFalse(low.funded());
        assertEquals(new BigDecimal("0.00"), low.cafFunding());
        assertEquals(Severity.BLOCKING, low.finding(FindingCode.SHARE_BELOW_25).orElseThrow().severity());

        var refused = assertThrows(SituationRefusedException.class, () -> simulator.simulate(
                new PostSituation(example.annualCost(), new BigDecimal("1.5"), example.cooperationShare(),
                        example.origin(), example.functions(), example.qualification(), example.employer(),
                        example.authorityCofinancingShare(), null),
                CompliancePhase.PHASE_1));
        assertEquals("employmentFte", refused.field());
        assertTrue(refused.explanation().contains("ETP"), refused.explanation());
    }

    private static PostSituation withShare(PostSituation s, String share) {
        return new PostSituation(s.annualCost(), s.employmentFte(), new BigDecimal(share), s.origin(), s.functions(),
                s.qualification(), s.employer(), s.authorityCofinancingShare(), s.vacantSince());
    }

    /** What the doctrine says of a stored post today, computed here from the database's rows. */
    private static FundingDecision expectedDecision(Demo demo, long postId) {
        String[] f = demo.text("select concat_ws('|', p.annual_cost, p.employment_fte, p.cooperation_share, p.origin, "
                + "p.status, p.qualification, p.employer_kind, p.cofinancing_share, p.administrative_assistant, "
                + "p.director_function, p.service_funded, coalesce(p.vacant_since, '-'), coalesce(t.ctg_renewal, '-'), "
                + "coalesce(t.phase3_deadline, '-')) from cooperation_post p join territory t on t.id = p.territory_id "
                + "where p.id = ?", postId).split("\\|");
        EnumSet<PostFunction> functions = EnumSet.noneOf(PostFunction.class);
        if (f[8].equals("1")) {
            functions.add(PostFunction.ADMINISTRATIVE_ASSISTANT);
        }
        if (f[9].equals("1")) {
            functions.add(PostFunction.DIRECTOR);
        }
        if (f[10].equals("1")) {
            functions.add(PostFunction.SERVICE_FUNDED);
        }
        LocalDate vacantSince = f[4].equals("VACANT") ? date(f[11]) : null;
        PostSituation situation = new PostSituation(new BigDecimal(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]),
                PostOrigin.valueOf(f[3]), functions, Qualification.valueOf(f[5]), EmployerKind.valueOf(f[6]),
                new BigDecimal(f[7]), vacantSince);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return Doctrine.standard().evaluate(situation, CompliancePhase.at(date(f[12]), date(f[13]), today), today);
    }

    private static LocalDate date(String text) {
        return text.equals("-") ? null : LocalDate.parse(text);
    }

    @Test
    @AsUser(name = "conseil.nord", roles = CAF_ADVISOR)
    void cafAdvisorSeesTheTerritoriesOfThePortfolio() {
        Demo demo = demo();
        List<TerritorySummary> list = territories.pageTerritories(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
        Set<Long> ids = list.stream().map(TerritorySummary::id).collect(Collectors.toSet());
        assertEquals(7, list.size(), "conseil.nord follows seven territories");
        assertTrue(ids.contains(demo.territoryOf(Demo.ALES)));
        assertFalse(ids.contains(demo.territoryOf(Demo.UZES)));
        var ales = territories.findTerritory(demo.territoryOf(Demo.ALES));
        var alesPosts = posts.pagePosts(PageRequest.firstPage(PageRequest.MAX_SIZE).with("territory",
                String.valueOf(demo.territoryOf(Demo.ALES))).with("funding", "current")).rows();
        assertFalse(alesPosts.isEmpty());
        assertEquals(ales.summary().postCount(), alesPosts.size());
        assertTrue(alesPosts.stream().allMatch(p -> p.territoryId() == demo.territoryOf(Demo.ALES)));
        assertEquals(demo.firstPostOf(Demo.ALES), posts.findPost(demo.firstPostOf(Demo.ALES)).id());

        // the doctrine's total of the territory is the sum of its posts' verdicts, the same in the list
        assertEquals(0, ales.summary().unevaluatedPosts());
        assertEquals(alesPosts.stream().map(p -> p.verdict().decision().cafFunding())
                .reduce(new BigDecimal("0.00"), BigDecimal::add), ales.summary().doctrineFunding());
        assertEquals(ales.summary().doctrineFunding(), list.stream().filter(t -> t.id() == demo.territoryOf(Demo.ALES))
                .findFirst().orElseThrow().doctrineFunding());
        long alesId = demo.territoryOf(Demo.ALES);
        assertEquals(CompliancePhase.at(
                date(demo.text("select coalesce(ctg_renewal, '-') from territory where id = ?", alesId)),
                date(demo.text("select coalesce(phase3_deadline, '-') from territory where id = ?", alesId)),
                LocalDate.now(ZoneId.of("Europe/Paris"))), ales.summary().phase());
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void cafManagerSeesTheWholeDepartmentWithTheDoctrineTotals() {
        List<TerritorySummary> list = territories.pageTerritories(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
        // the 14 Gard-seated intercommunalities, and those the administration tests may have added
        assertEquals(new Demo(dataSource).number("select count(*) from territory"), list.size(), "every territory");
        // 63.21 in the demo data as loaded; other tests change weighings, so the database says what to expect
        BigDecimal fte = new BigDecimal(new Demo(dataSource).text(
                "select sum(round(employment_fte * cooperation_share, 2)) from cooperation_post "
                        + "where funding_ended_on is null")); // issue 13: a post whose funding ended leaves the totals
        assertEquals(0, fte.compareTo(list.stream().map(TerritorySummary::cooperationFte)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the department's cooperation FTE");
        BigDecimal ended = new BigDecimal(new Demo(dataSource).text(
                "select coalesce(sum(current_funding), 0) from cooperation_post where funding_ended_on is not null"));
        assertEquals(new BigDecimal("1537422.00").subtract(ended), list.stream().map(TerritorySummary::currentFunding)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(134056, list.stream().filter(t -> t.name().equals("CA Alès Agglomération"))
                .findFirst().orElseThrow().population(), "real INSEE population");
    }

    @Test
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void authorityHrCorrectsAPostWithAuditTrailAndOptimisticLocking() {
        Demo demo = demo();
        PostView post = posts.findPost(demo.firstPostOf(Demo.ALES));
        long auditBefore = demo.number("select count(*) from audit_event where entity_id = ? and actor = 'rh.ales'",
                post.id());

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
        for (BigDecimal refused : List.of(BigDecimal.ZERO, new BigDecimal("100000000.00"),
                new BigDecimal("45000.125"))) {
            var e = assertThrows(InvalidInputException.class,
                    () -> posts.updatePostDetails(post.id(), saved.version(), "Autre", refused));
            assertEquals("post.error.annualCost", e.getMessageKey());
        }
        var noHolder = assertThrows(InvalidInputException.class,
                () -> posts.updatePostDetails(post.id(), saved.version(), "  ", new BigDecimal("40000.00")));
        assertEquals("post.error.holderRequired", noHolder.getMessageKey(), "a filled post keeps a holder");
        PostView now = posts.findPost(post.id());
        assertEquals(saved.version(), now.version());
        assertEquals("Nouvelle Titulaire (fictive)", now.holderName());
    }

    @Test
    @AsUser(name = "rh.et.direction", roles = {AUTHORITY_HR, CAF_MANAGER})
    void anAuthorityHrWhoIsAlsoCafManagerEditsOnlyItsOwnAuthoritysPosts() {
        Demo demo = demo();
        demo.member("rh.et.direction", Demo.UZES);
        long ales = demo.firstPostOf(Demo.ALES);
        PostView post = posts.findPost(ales); // reading the department is the manager's right
        assertThrows(fr.ctgportal.ejb.platform.NotFoundException.class,
                () -> posts.updatePostDetails(ales, post.version(), "Intrus", new BigDecimal("1.00")));
        assertEquals(post.version(), posts.findPost(ales).version(), "nothing saved");
    }

    @Test
    @AsUser(name = "rh.et.conseil", roles = {AUTHORITY_HR, CAF_ADVISOR})
    void anAuthorityMembershipAddsNoTerritoryToAnAdvisorsPortfolio() {
        demo().member("rh.et.conseil", Demo.UZES);
        assertEquals(List.of(), territories.pageTerritories(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows());
    }
}
