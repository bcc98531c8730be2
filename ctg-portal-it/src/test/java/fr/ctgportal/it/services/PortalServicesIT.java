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
import fr.ctgportal.ejb.doctrine.FundingSimulator;
import fr.ctgportal.ejb.doctrine.SituationRefusedException;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.doctrine.DoctrineParameterService;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.ejb.report.AnnualReportService;
import fr.ctgportal.ejb.report.EvaluationService;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.weighing.WeighingService;
import fr.ctgportal.ejb.recruitment.FileMessageService;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.ejb.recruitment.RecruitmentReviewService;
import fr.ctgportal.ejb.recruitment.RecruitmentService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.territory.TerritoryService;
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
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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

    @EJB
    private FundingSimulator simulator;

    @EJB
    private RecruitmentService recruitment;

    @EJB
    private RecruitmentReviewService reviews;

    @EJB
    private RecruitmentQueryService files;

    @EJB
    private FileMessageService messages;

    @EJB
    private WeighingService weighings;

    @EJB
    private FundingDecisionService decisions;

    @EJB
    private CompliancePlanService plan;

    @EJB
    private ComplianceProcedureService procedures;

    @EJB
    private NetworkMeetingService network;

    @EJB
    private DoctrineParameterService parameters;

    @EJB
    private AnnualReportService reports;

    @EJB
    private ReportReviewService reviewsOfReports;

    @EJB
    private EvaluationService evaluations;

    @Resource(lookup = "java:app/jdbc/ctg")
    private DataSource dataSource;

    private ServiceCatalog.Services services() {
        Demo demo = new Demo(dataSource);
        demo.member("rh.uzes", Demo.UZES);
        demo.member("coop.uzes", Demo.UZES);
        demo.member("rh.ales", Demo.ALES);
        demo.member("coop.ales", Demo.ALES);
        return new ServiceCatalog.Services(posts, territories, accounts, demo, simulator, recruitment, reviews, files,
                messages, weighings, decisions, plan, procedures, network, parameters, reports, reviewsOfReports,
                evaluations);
    }

    // ---- the table: every method, every role, another tenant ----

    @Test
    void everyBusinessMethodIsInTheTableWithItsRoles() {
        Set<String> declared = new TreeSet<>();
        List<Class<?>> beans = SessionBeans.ofTheUseCaseLayer();
        assertTrue(beans.contains(PostService.class) && beans.contains(FundingSimulator.class), "found: " + beans);
        for (Class<?> service : beans) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
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
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void thePostVerdictIsTheDoctrinesDecisionForTheTerritorysPhaseToday() {
        Demo demo = services().demo();
        for (PostView post : posts.listOwnPosts()) {
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
        services();
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
                        example.authorityCofinancingShare(), null), CompliancePhase.PHASE_1));
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

        // the doctrine's total of the territory is the sum of its posts' verdicts, the same in the list
        assertEquals(0, ales.summary().unevaluatedPosts());
        assertEquals(ales.posts().stream().map(p -> p.verdict().decision().cafFunding())
                .reduce(new BigDecimal("0.00"), BigDecimal::add), ales.summary().doctrineFunding());
        assertEquals(ales.summary().doctrineFunding(), list.stream().filter(t -> t.id() == demo.territoryOf(Demo.ALES))
                .findFirst().orElseThrow().doctrineFunding());
        long alesId = demo.territoryOf(Demo.ALES);
        assertEquals(CompliancePhase.at(date(demo.text("select coalesce(ctg_renewal, '-') from territory where id = ?", alesId)),
                date(demo.text("select coalesce(phase3_deadline, '-') from territory where id = ?", alesId)),
                LocalDate.now(ZoneId.of("Europe/Paris"))), ales.summary().phase());
    }

    @Test
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void cafManagerSeesTheWholeDepartmentWithTheDoctrineTotals() {
        List<TerritorySummary> list = territories.listTerritories();
        assertEquals(14, list.size(), "the 14 Gard-seated intercommunalities");
        // 63.21 in the demo data as loaded; other tests change weighings, so the database says what to expect
        BigDecimal fte = new BigDecimal(new Demo(dataSource).text(
                "select sum(round(employment_fte * cooperation_share, 2)) from cooperation_post"));
        assertEquals(0, fte.compareTo(list.stream().map(TerritorySummary::cooperationFte)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the department's cooperation FTE");
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
        for (BigDecimal refused : List.of(BigDecimal.ZERO, new BigDecimal("100000000.00"), new BigDecimal("45000.125"))) {
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
        Demo demo = services().demo();
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
        services().demo().member("rh.et.conseil", Demo.UZES);
        assertEquals(List.of(), territories.listTerritories());
    }
}
