package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.admin.AccountAdministration;
import fr.ctgportal.ejb.admin.AccountInput;
import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.admin.AuthorityInput;
import fr.ctgportal.ejb.admin.ReferenceDataService;
import fr.ctgportal.ejb.admin.TerritoryChange;
import fr.ctgportal.model.authority.AuthorityType;
import fr.ctgportal.ejb.doctrine.FundingSimulator;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.ejb.regulation.ReferenceInput;
import fr.ctgportal.ejb.regulation.RegulationService;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.doctrine.DoctrineParameterService;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.ejb.notification.NotificationService;
import fr.ctgportal.ejb.report.AnnualReportService;
import fr.ctgportal.ejb.report.EvaluationService;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.ejb.report.AnswerInput;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.ejb.weighing.WeighingLineInput;
import fr.ctgportal.ejb.weighing.WeighingService;
import fr.ctgportal.ejb.workqueue.WorkQueues;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.ejb.recruitment.CandidateInput;
import fr.ctgportal.ejb.recruitment.FileMessageService;
import fr.ctgportal.ejb.recruitment.ItemReviewInput;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.ejb.recruitment.RecruitmentReviewService;
import fr.ctgportal.ejb.recruitment.RecruitmentService;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import fr.ctgportal.ejb.platform.PageRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.function.Executable;

/**
 * Every business method of every use-case EJB, with the roles allowed to call it and what a user of
 * another tenant (another authority, another advisor's portfolio) gets from it. A method missing from
 * this table fails {@code PortalServicesIT}, so a new method cannot ship without its checks.
 */
final class ServiceCatalog {

    private ServiceCatalog() {
    }

    record Services(PostService posts, TerritoryService territories, AccountService accounts, Demo demo,
            FundingSimulator simulator, RecruitmentService recruitment, RecruitmentReviewService reviews,
            RecruitmentQueryService files, FileMessageService messages, WeighingService weighings,
            FundingDecisionService decisions, CompliancePlanService plan, ComplianceProcedureService procedures,
            NetworkMeetingService network, DoctrineParameterService parameters, AnnualReportService reports,
            ReportReviewService reviewsOfReports, EvaluationService evaluations, ReferenceDataService referenceData,
            RegulationService regulation, AccountAdministration accountAdmin, WorkQueues workQueues,
            NotificationService notifications) {

        /** The deployed use cases, looked up by their portable names, with {@code demo}. */
        static Services lookUp(Demo demo) {
            try {
                var components = Services.class.getRecordComponents();
                Object[] beans = new Object[components.length];
                for (int i = 0; i < beans.length; i++) {
                    Class<?> type = components[i].getType();
                    beans[i] = type == Demo.class
                            ? demo
                            : InitialContext.doLookup("java:module/" + type.getSimpleName() + "!" + type.getName());
                }
                return (Services) Services.class.getDeclaredConstructors()[0].newInstance(beans);
            } catch (NamingException | ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The demo data with the memberships of the table's users: Uzès's and Alès's HR and officers. */
    static Demo demo(DataSource db) {
        return new Demo(db).member("rh.uzes", Demo.UZES).member("coop.uzes", Demo.UZES)
                .member("rh.ales", Demo.ALES).member("coop.ales", Demo.ALES);
    }

    /** The row of that {@link Case#id()}. */
    static Case row(String id) {
        return CASES.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + id));
    }

    /** Runs a call as another tenant: "not found", and {@code state} (what Alès has) unchanged. */
    private static void refusedOnAles(Supplier<String> state, Executable call) {
        String before = state.get();
        assertThrows(NotFoundException.class, call);
        assertEquals(before, state.get(), "nothing changed");
    }

    /** Runs a change on Alès's first post as another tenant: "not found", and the post unchanged. */
    static void postOfAlesUnchanged(Services s, PostCall change) {
        long id = s.demo().firstPostOf(Demo.ALES);
        long version = s.demo().number("select version from cooperation_post where id = ?", id);
        refusedOnAles(() -> s.demo().text("select concat(status, '/', coalesce(vacant_since, '-'), '/', version) "
                + "from cooperation_post where id = ?", id), () -> change.run(id, version));
    }

    @FunctionalInterface
    interface PostCall {
        void run(long postId, long version) throws Exception;
    }

    /** Runs a call on Alès's report as another tenant: "not found", and nothing of Alès's reports changed. */
    static void refusedOnAlesReport(Services s, ReportCall call) throws Exception {
        long report = s.demo().alesReport();
        long version = s.demo().number("select version from annual_report where id = ?", report);
        refusedOnAles(s.demo()::alesReportState, () -> call.run(report, version));
    }

    @FunctionalInterface
    interface ReportCall {
        void run(long reportId, long version) throws Exception;
    }

    /** Runs a call on Alès's compliance data as another tenant: "not found", and nothing of Alès changed. */
    static void refusedOnAlesCompliance(Services s, Call call) throws Exception {
        refusedOnAles(s.demo()::alesComplianceState, () -> call.run(s));
    }

    /**
     * Runs a call on the notifications of Alès's HR (one unread recorded for it here) as another user:
     * "not found" or nothing of theirs seen, and theirs unchanged (still unread).
     */
    static void refusedOnAlesNotification(Services s, NotificationCall call) throws Exception {
        long id = alesNotification(s.demo());
        call.run(id);
        assertEquals(0, s.demo().number("select count(*) from notification where id = ? and read_at is not null", id),
                "rh.ales's notification still unread");
    }

    /** @return a new unread notification of Alès's HR (rh.ales) */
    static long alesNotification(Demo demo) {
        demo.update("insert into notification (recipient, event, subject, path, created_at, digest_pending) "
                + "values ('rh.ales', 'table.check', 'Notification de rh.ales', '/collectivite/index.xhtml', "
                + "current_timestamp(3), false)");
        return demo.number("select max(id) from notification where recipient = 'rh.ales' and event = 'table.check'");
    }

    @FunctionalInterface
    interface NotificationCall {
        void run(long notificationId) throws Exception;
    }

    /** A split of one full-time employment: 0.8 on the mission, 0.2 of management. */
    static List<WeighingLineInput> fullTimeSplit() {
        return List.of(new WeighingLineInput(TimeUse.COOPERATION, null, new BigDecimal("0.80")),
                new WeighingLineInput(TimeUse.MANAGEMENT, null, new BigDecimal("0.20")));
    }

    /** Runs a call on Alès's funding as another tenant: "not found", and nothing of Alès changed. */
    static void refusedOnAlesFunding(Services s, Call call) throws Exception {
        refusedOnAles(s.demo()::alesFundingState, () -> call.run(s));
    }

    /** A PDF as small as can be: what the content check accepts. */
    static Upload pdf(String name) {
        return new Upload(name, TestPdfs.onePage());
    }

    /**
     * Runs a change on a foreign Alès file and checks it is refused as "not found" with nothing
     * changed in any Alès file.
     */
    static void refusedOnAlesFile(Services s, String stage, FileCall change) {
        long file = s.demo().alesFile(stage);
        long version = s.demo().number("select version from recruitment_file where id = ?", file);
        refusedOnAles(s.demo()::alesFilesState, () -> change.run(file, version));
    }

    @FunctionalInterface
    interface FileCall {
        void run(long fileId, long version) throws Exception;
    }

    /** The documents' facade, looked up (it is not one of {@link Services}). */
    static DocumentService documents() {
        return jakarta.enterprise.inject.spi.CDI.current().select(DocumentService.class).get();
    }

    /** The doctrine's worked example: 50,000 €, full time, half of it on the mission: 12,000 €. */
    static PostSituation workedExample() {
        return new PostSituation(new BigDecimal("50000"), BigDecimal.ONE, new BigDecimal("0.5"), PostOrigin.EXISTING,
                Set.of(), Qualification.BAC3_OR_ABOVE, EmployerKind.SIGNATORY_AUTHORITY, new BigDecimal("0.5"), null);
    }

    /** A review with every item conform. */
    static List<ItemReviewInput> allConform() {
        return java.util.Arrays.stream(fr.ctgportal.model.recruitment.DescriptionItem.values())
                .map(i -> new ItemReviewInput(i, fr.ctgportal.model.recruitment.ItemVerdict.CONFORM, null)).toList();
    }

    /** A cooperation officer of {@code siren} to invite (the table's other-tenant attempt). */
    static AccountInput officerOf(String siren) {
        return new AccountInput("table.officer", "Table", "Officer", "table.officer@demo.ctg-portal.invalid",
                COOPERATION_OFFICER, siren);
    }

    /**
     * Runs a check that needs Keycloak (the accounts live there). The service table runs without it
     * unless another test started it: then the only acceptable answer is Keycloak's French "unavailable"
     * message (nothing read, nothing changed); AccountAdministrationIT checks the same refusals against
     * the real Keycloak.
     */
    static void keycloakRefusal(Executable check) throws Exception {
        try {
            check.execute();
        } catch (InvalidInputException e) {
            assertEquals("account.error.unavailable", e.getMessageKey());
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The call is refused as "not found" (Keycloak running) or Keycloak's "unavailable" (not running). */
    static void notFoundOrKeycloakDown(Executable call) {
        var e = assertThrows(fr.ctgportal.ejb.platform.PortalException.class, call);
        assertTrue(e instanceof NotFoundException || e.getMessageKey().equals("account.error.unavailable"),
                e.getMessageKey());
    }

    @FunctionalInterface
    interface Call {
        void run(Services s) throws Exception;
    }

    /**
     * The other-tenant check of a row whose roles all see the whole department (only managers may call
     * it: they approve, send back, countersign, open and close procedures...): there is no other tenant
     * to be. Compared by identity, never run.
     */
    static final Call NOT_APPLICABLE = s -> {
    };

    /**
     * One method: {@code call} invokes it with any arguments (for the role check); {@code foreignTenant}
     * is run by a user of an allowed role whose scope excludes Alès Agglomération, and asserts that
     * nothing of Alès is read or changed ({@link #NOT_APPLICABLE} where no such user exists).
     */
    record Case(Class<?> service, String method, Set<String> roles, Call call, Call foreignTenant) {
        String id() {
            return service.getSimpleName() + "." + method;
        }

        boolean hasForeignTenantCheck() {
            return foreignTenant != NOT_APPLICABLE;
        }
    }

    static final List<Case> CASES = List.of(
            new Case(RegulationService.class, "steering", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.regulation().steering(),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        var view = s.regulation().steering();
                        assertFalse(view.territories().isEmpty(), "the advisor's portfolio");
                        assertTrue(view.territories().stream().noneMatch(l -> l.indicators().territoryId() == ales));
                        // The department's aggregates are every territory's, Alès included.
                        assertEquals(s.demo().number("select count(*) from cooperation_post where funding_ended_on "
                                + "is null and unfunded_by_opinion = 0"),
                                view.department().indicators().inputs().posts());
                    }),
            new Case(RegulationService.class, "outlook", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.regulation().outlook(),
                    s -> {
                        var outlook = s.regulation().outlook();
                        assertTrue(outlook.territories().stream().noneMatch(r -> r.name().contains("Alès")));
                        assertTrue(outlook.posts().stream().noneMatch(p -> p.territoryName().contains("Alès")));
                    }),
            new Case(RegulationService.class, "workbook", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.regulation().workbook(),
                    s -> {
                        String text = new String(s.regulation().workbook().content(), StandardCharsets.ISO_8859_1);
                        assertTrue(text.startsWith("PK"), "an XLSX workbook");
                        assertTrue(s.regulation().steering().territories().stream()
                                .noneMatch(l -> l.name().contains("Alès")));
                    }),
            new Case(RegulationService.class, "report", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.regulation().report(),
                    s -> assertTrue(new String(s.regulation().report().content(), StandardCharsets.ISO_8859_1)
                            .startsWith("%PDF"))),
            new Case(RegulationService.class, "recordTerritoryReference", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.regulation().recordTerritoryReference(1L,
                            new ReferenceInput(LocalDate.now(), 1, java.util.Map.of(), null, null)),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        refusedOnAles(() -> String.valueOf(s.demo().number(
                                "select count(*) from territory_reference where territory_id = ?", ales)),
                                () -> s.regulation().recordTerritoryReference(ales,
                                        new ReferenceInput(LocalDate.now(), 99, java.util.Map.of(), "intrusion",
                                                null)));
                        assertThrows(NotFoundException.class, () -> s.regulation().recordTerritoryReference(
                                Demo.UNKNOWN_ID,
                                new ReferenceInput(LocalDate.now(), 1, java.util.Map.of(), null, null)));
                    }),
            new Case(RegulationService.class, "recordDepartmentPopulation", Set.of(CAF_MANAGER),
                    s -> s.regulation().recordDepartmentPopulation(LocalDate.now(), 1, "x"),
                    NOT_APPLICABLE),
            new Case(RegulationService.class, "previewReform", Set.of(CAF_MANAGER),
                    s -> s.regulation().previewReform(LocalDate.now(),
                            java.util.Map.of(DoctrineParameter.CEILING_PER_FTE, new BigDecimal("50000"))),
                    NOT_APPLICABLE),
            new Case(EvaluationService.class, "postEvaluations", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.evaluations().postEvaluations(1L),
                    s -> refusedOnAlesCompliance(s,
                            x -> x.evaluations().postEvaluations(x.demo().firstPostOf(Demo.ALES)))),
            new Case(EvaluationService.class, "write", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.evaluations().write(1L, EvaluationKind.INTERMEDIATE, LocalDate.now(), "x", null),
                    s -> {
                        long post = s.demo().firstPostOf(Demo.ALES);
                        long before = s.demo().number("select count(*) from post_evaluation where post_id = ?", post);
                        assertThrows(NotFoundException.class,
                                () -> s.evaluations().write(post, EvaluationKind.INTERMEDIATE,
                                        LocalDate.now().minusDays(1), "intrusion", null));
                        assertEquals(before,
                                s.demo().number("select count(*) from post_evaluation where post_id = ?", post));
                    }),
            new Case(EvaluationService.class, "minutes", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.evaluations().minutes(1L),
                    s -> {
                        long evaluation = s.demo().alesEvaluationWithMinutes();
                        refusedOnAlesCompliance(s, x -> x.evaluations().minutes(evaluation));
                    }),
            new Case(EvaluationService.class, "history", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.evaluations().history(1L),
                    s -> refusedOnAlesCompliance(s, x -> x.evaluations().history(x.demo().firstPostOf(Demo.ALES)))),
            new Case(AnnualReportService.class, "myReports", Set.of(COOPERATION_OFFICER),
                    s -> s.reports().myReports(),
                    s -> {
                        s.demo().alesReport();
                        var mine = s.reports().myReports();
                        assertFalse(mine.isEmpty(), "the officer's own post");
                        assertTrue(mine.stream().noneMatch(r -> r.employerName().contains("Alès")));
                    }),
            new Case(AnnualReportService.class, "authorityReports", Set.of(AUTHORITY_HR),
                    s -> s.reports().authorityReports(),
                    s -> {
                        s.demo().alesReport();
                        assertTrue(s.reports().authorityReports().stream()
                                .noneMatch(r -> r.employerName().contains("Alès")));
                    }),
            new Case(AnnualReportService.class, "open", Set.of(COOPERATION_OFFICER),
                    s -> s.reports().open(1L, LocalDate.now().getYear()),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reports().open(s.demo().number(
                            "select post_id from annual_report where id = ?", r), LocalDate.now().getYear()))),
            new Case(AnnualReportService.class, "findReport",
                    Set.of(COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reports().findReport(1L),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reports().findReport(r))),
            new Case(AnnualReportService.class, "saveDraft", Set.of(COOPERATION_OFFICER, AUTHORITY_HR),
                    s -> s.reports().saveDraft(1L, 0L, List.of(), java.util.Map.of()),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reports().saveDraft(r, v,
                            List.of(new AnswerInput("1.1-S2", 3, "intrusion")), java.util.Map.of()))),
            new Case(AnnualReportService.class, "attach", Set.of(COOPERATION_OFFICER, AUTHORITY_HR),
                    s -> s.reports().attach(1L, 0L, pdf("x.pdf")),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reports().attach(r, v, pdf("intrus.pdf")))),
            new Case(AnnualReportService.class, "submit", Set.of(COOPERATION_OFFICER, AUTHORITY_HR),
                    s -> s.reports().submit(1L, 0L),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reports().submit(r, v))),
            new Case(AnnualReportService.class, "remark", Set.of(AUTHORITY_HR),
                    s -> s.reports().remark(1L, 0L, "x"),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reports().remark(r, v, "intrusion"))),
            new Case(ReportReviewService.class, "cafReports", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviewsOfReports().cafReports(2026),
                    s -> {
                        s.demo().alesReport();
                        var list = s.reviewsOfReports().cafReports(LocalDate.now().getYear() - 1);
                        assertFalse(list.isEmpty(), "the advisor's territories have officers");
                        assertTrue(list.stream().noneMatch(r -> r.employerName().contains("Alès")));
                    }),
            new Case(ReportReviewService.class, "accept", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviewsOfReports().accept(1L, 0L, "x"),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reviewsOfReports().accept(r, v, "intrusion"))),
            new Case(ReportReviewService.class, "askAdditions", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviewsOfReports().askAdditions(1L, 0L, "x"),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reviewsOfReports().askAdditions(r, v, "intrusion"))),
            new Case(ReportReviewService.class, "reportPdf",
                    Set.of(COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviewsOfReports().reportPdf(1L),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reviewsOfReports().reportPdf(r))),
            new Case(ReportReviewService.class, "attachment",
                    Set.of(COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviewsOfReports().attachment(1L, 1L),
                    s -> refusedOnAlesReport(s, (r, v) -> s.reviewsOfReports().attachment(r, 1L))),
            new Case(ReportReviewService.class, "export", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviewsOfReports().export(null, 2026),
                    s -> {
                        s.demo().alesReport();
                        refusedOnAlesReport(s, (r, v) -> s.reviewsOfReports().export(s.demo().territoryOf(Demo.ALES),
                                LocalDate.now().getYear() - 1));
                        String sheet = new String(
                                s.reviewsOfReports().export(null, LocalDate.now().getYear() - 1).content(),
                                java.nio.charset.StandardCharsets.ISO_8859_1);
                        assertFalse(sheet.isEmpty());
                    }),
            new Case(DoctrineParameterService.class, "list", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.parameters().list(),
                    s -> assertFalse(s.parameters().list().isEmpty(), "the doctrine is public to its users")),
            new Case(DoctrineParameterService.class, "record", Set.of(CAF_MANAGER),
                    s -> s.parameters().record(DoctrineParameter.CAF_RATE, LocalDate.now().plusYears(5),
                            new BigDecimal("0.5"), "x"),
                    NOT_APPLICABLE),
            new Case(CompliancePlanService.class, "postMilestones", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.plan().postMilestones(1L),
                    s -> refusedOnAlesCompliance(s, x -> x.plan().postMilestones(x.demo().firstPostOf(Demo.ALES)))),
            new Case(CompliancePlanService.class, "ownMilestones", Set.of(AUTHORITY_HR),
                    s -> s.plan().ownMilestones(),
                    s -> {
                        long ales = s.demo().firstPostOf(Demo.ALES);
                        var own = s.plan().ownMilestones();
                        assertFalse(own.isEmpty(), "the user's own posts");
                        assertTrue(own.stream().noneMatch(p -> p.postId() == ales));
                    }),
            new Case(CompliancePlanService.class, "territoryPlans", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.plan().territoryPlans(),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        var plans = s.plan().territoryPlans();
                        assertFalse(plans.isEmpty(), "the advisor's portfolio");
                        assertTrue(plans.stream().noneMatch(t -> t.territoryId() == ales));
                    }),
            new Case(CompliancePlanService.class, "recordEvaluationsSetUp", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.plan().recordEvaluationsSetUp(1L, 0L, LocalDate.now()),
                    s -> refusedOnAlesCompliance(s, x -> {
                        long id = x.demo().firstPostOf(Demo.ALES);
                        x.plan().recordEvaluationsSetUp(id, x.demo().number("select version from cooperation_post "
                                + "where id = ?", id), LocalDate.now().minusDays(1));
                    })),
            new Case(CompliancePlanService.class, "recordOfficersCommittee", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.plan().recordOfficersCommittee(1L, 0L, LocalDate.now(), null),
                    s -> refusedOnAlesCompliance(s, x -> {
                        long t = x.demo().territoryOf(Demo.ALES);
                        x.plan().recordOfficersCommittee(t,
                                x.demo().number("select version from territory where id = ?", t),
                                LocalDate.now().minusDays(1), "intrusion");
                    })),
            new Case(CompliancePlanService.class, "setPlanDates", Set.of(CAF_MANAGER),
                    s -> s.plan().setPlanDates(1L, 0L, null, null, "x"),
                    NOT_APPLICABLE),
            new Case(ComplianceProcedureService.class, "postProcedures", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.procedures().postProcedures(1L),
                    s -> {
                        s.demo().alesProcedure();
                        refusedOnAlesCompliance(s, x -> x.procedures().postProcedures(x.demo().firstPostOf(Demo.ALES)));
                    }),
            new Case(ComplianceProcedureService.class, "openProcedures", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.procedures().openProcedures(),
                    s -> {
                        s.demo().alesProcedure();
                        assertTrue(s.procedures().openProcedures().stream()
                                .noneMatch(p -> p.employerName().contains("Alès")));
                    }),
            new Case(ComplianceProcedureService.class, "open", Set.of(CAF_MANAGER),
                    s -> s.procedures().open(1L, ProcedureGround.REALITY, "x", LocalDate.now().plusDays(30)),
                    NOT_APPLICABLE),
            new Case(ComplianceProcedureService.class, "answer", Set.of(AUTHORITY_HR),
                    s -> s.procedures().answer(1L, 0L, "x"),
                    s -> {
                        long procedure = s.demo().alesProcedure();
                        refusedOnAlesCompliance(s, x -> x.procedures().answer(procedure, 0L, "intrusion"));
                    }),
            new Case(ComplianceProcedureService.class, "close", Set.of(CAF_MANAGER),
                    s -> s.procedures().close(1L, 0L, true, "x"),
                    NOT_APPLICABLE),
            new Case(ComplianceProcedureService.class, "awaitingOurAnswer", Set.of(AUTHORITY_HR),
                    s -> s.procedures().awaitingOurAnswer(),
                    s -> {
                        s.demo().alesProcedure();
                        assertTrue(s.procedures().awaitingOurAnswer().stream()
                                .noneMatch(p -> p.employerName().contains("Alès")));
                    }),
            new Case(WorkQueues.class, "mine", Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.workQueues().mine(),
                    s -> {
                        s.demo().alesProcedure();
                        assertTrue(s.workQueues().mine().groups().stream().flatMap(g -> g.items().stream())
                                .noneMatch(i -> i.authorityName() != null && i.authorityName().contains("Alès")),
                                "no line of Alès");
                    }),
            new Case(ComplianceProcedureService.class, "messages", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.procedures().messages(1L),
                    s -> {
                        long procedure = s.demo().alesProcedure();
                        refusedOnAlesCompliance(s, x -> x.procedures().messages(procedure));
                    }),
            new Case(ComplianceProcedureService.class, "postMessage", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.procedures().postMessage(1L, "x", null),
                    s -> {
                        long procedure = s.demo().alesProcedure();
                        refusedOnAlesCompliance(s, x -> x.procedures().postMessage(procedure, "intrusion", null));
                        assertEquals(0, s.demo().number("select count(*) from file_message where procedure_id = ?",
                                procedure), "nothing written");
                    }),
            new Case(ComplianceProcedureService.class, "downloadDocument",
                    Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.procedures().downloadDocument(1L, 1L),
                    s -> {
                        long procedure = s.demo().alesProcedure();
                        refusedOnAlesCompliance(s, x -> x.procedures().downloadDocument(procedure, 1L));
                    }),
            new Case(NetworkMeetingService.class, "meetings", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.network().meetings(),
                    s -> {
                        s.demo().meetingWithAles();
                        long ales = s.demo().firstPostOf(Demo.ALES);
                        var meetings = s.network().meetings();
                        assertFalse(meetings.isEmpty(), "departmental meetings are seen by every advisor");
                        assertTrue(meetings.stream().noneMatch(m -> m.presentPostIds().contains(ales)));
                    }),
            new Case(NetworkMeetingService.class, "record", Set.of(CAF_MANAGER),
                    s -> s.network().record(LocalDate.now(), "x"),
                    NOT_APPLICABLE),
            new Case(NetworkMeetingService.class, "recordAttendance", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.network().recordAttendance(1L, 0L, Set.of()),
                    s -> {
                        long meeting = s.demo().meetingWithAles();
                        long version = s.demo().number("select version from network_meeting where id = ?", meeting);
                        refusedOnAlesCompliance(s, x -> x.network().recordAttendance(meeting, version,
                                Set.of(x.demo().firstPostOf(Demo.ALES))));
                        // Recording its own posts leaves Alès's attendance as it was.
                        s.network().recordAttendance(meeting, version, Set.of());
                        assertEquals(1, s.demo().number("select count(*) from network_attendance where meeting_id = ? "
                                + "and post_id = ?", meeting, s.demo().firstPostOf(Demo.ALES)));
                    }),
            new Case(NetworkMeetingService.class, "attendees", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.network().attendees(),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        assertTrue(s.network().attendees().stream().noneMatch(a -> a.territoryId() == ales),
                                "only the officers of the advisor's territories");
                    }),
            new Case(NetworkMeetingService.class, "attendance", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.network().attendance(1L),
                    s -> refusedOnAlesCompliance(s, x -> x.network().attendance(x.demo().firstPostOf(Demo.ALES)))),
            new Case(WeighingService.class, "findWeighings", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.weighings().findWeighings(1L),
                    s -> refusedOnAlesFunding(s, x -> x.weighings().findWeighings(x.demo().firstPostOf(Demo.ALES)))),
            new Case(WeighingService.class, "propose", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.weighings().propose(1L, -1L, fullTimeSplit(), null),
                    s -> refusedOnAlesFunding(s, x -> x.weighings().propose(x.demo().firstPostOf(Demo.ALES), -1L,
                            fullTimeSplit(), "intrusion"))),
            new Case(WeighingService.class, "accept", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.weighings().accept(1L, -1L),
                    s -> refusedOnAlesFunding(s, x -> x.weighings().accept(x.demo().firstPostOf(Demo.ALES), -1L))),
            new Case(FundingDecisionService.class, "prepare", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.decisions().prepare(1L, LocalDate.now().getYear()),
                    s -> refusedOnAlesFunding(s, x -> x.decisions().prepare(x.demo().firstPostOf(Demo.ALES),
                            LocalDate.now().getYear()))),
            new Case(FundingDecisionService.class, "approve", Set.of(CAF_MANAGER),
                    s -> s.decisions().approve(1L, 0L),
                    NOT_APPLICABLE),
            new Case(FundingDecisionService.class, "sendBack", Set.of(CAF_MANAGER),
                    s -> s.decisions().sendBack(1L, 0L, "x"),
                    NOT_APPLICABLE),
            new Case(FundingDecisionService.class, "listPostDecisions", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.decisions().listPostDecisions(1L),
                    s -> {
                        s.demo().alesDecision("APPROVED");
                        refusedOnAlesFunding(s, x -> x.decisions().listPostDecisions(x.demo().firstPostOf(Demo.ALES)));
                    }),
            new Case(FundingDecisionService.class, "totals", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.decisions().totals(2026),
                    s -> {
                        s.demo().alesDecision("APPROVED");
                        var totals = s.decisions().totals(LocalDate.now().getYear());
                        assertTrue(totals.pending().stream().noneMatch(d -> d.employerName().contains("Alès")));
                        assertTrue(totals.territories().stream().noneMatch(t -> t.territoryName().contains("Alès")));
                    }),
            new Case(FundingDecisionService.class, "pageDecisions", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.decisions().pageDecisions(PageRequest.firstPage(10)),
                    s -> {
                        long ales = s.demo().alesDecision("APPROVED");
                        var page = s.decisions().pageDecisions(PageRequest.firstPage(PageRequest.MAX_SIZE));
                        assertTrue(page.rows().stream().noneMatch(d -> d.employerName().contains("Alès")));
                        assertEquals(0, s.decisions().pageDecisions(PageRequest.firstPage(10).with("post",
                                String.valueOf(s.demo().number("select post_id from funding_decision where id = ?",
                                        ales))))
                                .total(), "not even counted");
                    }),
            new Case(FundingDecisionService.class, "decisionLetter", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.decisions().decisionLetter(1L),
                    s -> {
                        long approved = s.demo().alesDecision("APPROVED");
                        refusedOnAlesFunding(s, x -> x.decisions().decisionLetter(approved));
                    }),
            new Case(RecruitmentService.class, "listRecruitablePosts", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().listRecruitablePosts(),
                    s -> {
                        var ales = s.demo().firstPostOf(Demo.ALES);
                        var list = s.recruitment().listRecruitablePosts();
                        assertFalse(list.isEmpty(), "the user's own posts are listed");
                        assertTrue(list.stream().noneMatch(p -> p.id() == ales));
                    }),
            new Case(RecruitmentService.class, "openForPost", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().openForPost(1L),
                    s -> {
                        String before = s.demo().alesFilesState();
                        assertThrows(NotFoundException.class,
                                () -> s.recruitment().openForPost(s.demo().firstPostOf(Demo.ALES)));
                        assertThrows(NotFoundException.class, () -> s.recruitment().openForPost(Demo.UNKNOWN_ID));
                        assertEquals(before, s.demo().alesFilesState());
                    }),
            new Case(RecruitmentService.class, "openForNewPost", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().openForNewPost("Nouveau poste"),
                    s -> {
                        // The new post's employer is the caller's own authority, never another one.
                        String before = s.demo().alesFilesState();
                        long id = s.recruitment().openForNewPost("Chargé·e de coopération (test)");
                        assertFalse(s.files().findFile(id).authorityName().contains("Alès"));
                        assertEquals(before, s.demo().alesFilesState());
                    }),
            new Case(RecruitmentService.class, "saveDescription", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().saveDescription(1L, 0L, JobDescriptionContent.empty(), null),
                    s -> refusedOnAlesFile(s, "DRAFT",
                            (id, v) -> s.recruitment().saveDescription(id, v, JobDescriptionContent.empty(),
                                    pdf("x.pdf")))),
            new Case(RecruitmentService.class, "submitDescription", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().submitDescription(1L, 0L),
                    s -> refusedOnAlesFile(s, "DRAFT", (id, v) -> s.recruitment().submitDescription(id, v))),
            new Case(RecruitmentService.class, "addCandidate", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().addCandidate(1L, 0L, null, null),
                    s -> refusedOnAlesFile(s, "DESCRIPTION_AGREED", (id, v) -> s.recruitment().addCandidate(id, v,
                            new CandidateInput("Intrus", Qualification.BAC2, null, EmploymentFramework.OTHER, null),
                            null))),
            new Case(RecruitmentService.class, "correctCandidate", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().correctCandidate(1L, 0L, 1L, null),
                    s -> refusedOnAlesFile(s, "CANDIDATE_PROPOSED", (id, v) -> s.recruitment().correctCandidate(id, v,
                            s.demo().number("select chosen_candidate_id from recruitment_file where id = ?", id),
                            new CandidateInput("Intrus", Qualification.BAC2, null, EmploymentFramework.OTHER, null)))),
            new Case(RecruitmentService.class, "withdrawCandidate", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().withdrawCandidate(1L, 0L, 1L),
                    s -> refusedOnAlesFile(s, "CANDIDATE_PROPOSED", (id, v) -> s.recruitment().withdrawCandidate(id, v,
                            s.demo().number("select chosen_candidate_id from recruitment_file where id = ?", id)))),
            new Case(RecruitmentService.class, "attachCandidateCv", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().attachCandidateCv(1L, 0L, 1L, null),
                    s -> refusedOnAlesFile(s, "CANDIDATE_PROPOSED", (id, v) -> s.recruitment().attachCandidateCv(id, v,
                            s.demo().number("select chosen_candidate_id from recruitment_file where id = ?", id),
                            pdf("intrus.pdf")))),
            new Case(RecruitmentService.class, "proposeCandidate", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().proposeCandidate(1L, 0L, 1L, "x"),
                    s -> refusedOnAlesFile(s, "DESCRIPTION_AGREED",
                            (id, v) -> s.recruitment().proposeCandidate(id, v, 1L, "motifs"))),
            new Case(RecruitmentService.class, "complete", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().complete(1L, 0L, LocalDate.now(), false),
                    s -> refusedOnAlesFile(s, "OPINION_GIVEN",
                            (id, v) -> s.recruitment().complete(id, v, LocalDate.now(), true))),
            new Case(RecruitmentService.class, "abandon", Set.of(AUTHORITY_HR),
                    s -> s.recruitment().abandon(1L, 0L, "x"),
                    s -> refusedOnAlesFile(s, "DRAFT", (id, v) -> s.recruitment().abandon(id, v, "intrusion"))),
            new Case(RecruitmentReviewService.class, "reviewDescription", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviews().reviewDescription(1L, 0L, ReviewOutcome.AGREED, List.of()),
                    s -> refusedOnAlesFile(s, "DESCRIPTION_SUBMITTED",
                            (id, v) -> s.reviews().reviewDescription(id, v, ReviewOutcome.AGREED, allConform()))),
            new Case(RecruitmentReviewService.class, "giveOpinion", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.reviews().giveOpinion(1L, 0L, CandidateOpinion.FAVOURABLE, "x"),
                    s -> refusedOnAlesFile(s, "CANDIDATE_PROPOSED",
                            (id, v) -> s.reviews().giveOpinion(id, v, CandidateOpinion.UNFAVOURABLE, "intrusion"))),
            new Case(RecruitmentReviewService.class, "countersign", Set.of(CAF_MANAGER),
                    s -> s.reviews().countersign(1L, 0L),
                    NOT_APPLICABLE),
            new Case(RecruitmentQueryService.class, "pageFiles", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.files().pageFiles(PageRequest.firstPage(10)),
                    s -> {
                        long ales = s.demo().alesFile("DESCRIPTION_SUBMITTED");
                        assertTrue(s.files().pageFiles(PageRequest.firstPage(PageRequest.MAX_SIZE).with("stage", "all"))
                                .rows().stream().noneMatch(f -> f.authorityName().contains("Alès")));
                        assertEquals(0, s.files().pageFiles(PageRequest.firstPage(10).with("id", String.valueOf(ales)))
                                .total(), "not even counted");
                    }),
            new Case(RecruitmentQueryService.class, "findFile", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.files().findFile(1L),
                    s -> {
                        long ales = s.demo().alesFile("OPINION_GIVEN");
                        var foreign = assertThrows(NotFoundException.class, () -> s.files().findFile(ales));
                        var unknown = assertThrows(NotFoundException.class, () -> s.files().findFile(Demo.UNKNOWN_ID));
                        assertEquals(unknown.getMessageKey(), foreign.getMessageKey(), "no leak of existence");
                    }),
            new Case(RecruitmentQueryService.class, "downloadDocument", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.files().downloadDocument(1L, 1L),
                    s -> {
                        long ales = s.demo().alesFile("OPINION_GIVEN");
                        long cv = s.demo().number("select cv_document_id from candidate where file_id = ?", ales);
                        assertThrows(NotFoundException.class, () -> s.files().downloadDocument(ales, cv));
                    }),
            new Case(RecruitmentQueryService.class, "opinionLetter", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.files().opinionLetter(1L),
                    s -> {
                        long ales = s.demo().alesFile("OPINION_GIVEN");
                        assertThrows(NotFoundException.class, () -> s.files().opinionLetter(ales));
                    }),
            new Case(RecruitmentQueryService.class, "candidateOpinionLetter",
                    Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.files().candidateOpinionLetter(1L, 1L),
                    s -> {
                        long ales = s.demo().alesFile("OPINION_GIVEN");
                        long candidate = s.demo().number(
                                "select chosen_candidate_id from recruitment_file where id = ?",
                                ales);
                        assertThrows(NotFoundException.class, () -> s.files().candidateOpinionLetter(ales, candidate));
                    }),
            new Case(FileMessageService.class, "postMessage", Set.of(AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.messages().postMessage(1L, "x", null),
                    s -> refusedOnAlesFile(s, "DRAFT",
                            (id, v) -> s.messages().postMessage(id, "intrusion", pdf("x.pdf")))),
            new Case(PostService.class, "pagePosts",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER),
                    s -> s.posts().pagePosts(PageRequest.firstPage(10)),
                    s -> {
                        var posts = s.posts().pagePosts(PageRequest.firstPage(PageRequest.MAX_SIZE));
                        assertFalse(posts.rows().isEmpty(), "the user's own posts are listed");
                        assertTrue(posts.rows().stream().noneMatch(p -> p.employerSiren().equals(Demo.ALES)));
                        assertEquals(0, s.posts().pagePosts(PageRequest.firstPage(10).with("territory",
                                String.valueOf(s.demo().territoryOf(Demo.ALES)))).total(), "not even counted");
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
            new Case(PostService.class, "assignOfficer", Set.of(AUTHORITY_HR),
                    s -> s.posts().assignOfficer(1L, 0L, "x", false),
                    s -> {
                        long id = s.demo()
                                .number("select id from cooperation_post where officer_username = 'coop.ales'");
                        long version = s.demo().number("select version from cooperation_post where id = ?", id);
                        assertThrows(NotFoundException.class,
                                () -> s.posts().assignOfficer(id, version, "intrus", false));
                        assertEquals("coop.ales",
                                s.demo().text("select officer_username from cooperation_post where id = ?", id));
                    }),
            new Case(PostService.class, "declareVacancy", Set.of(AUTHORITY_HR),
                    s -> s.posts().declareVacancy(1L, 0L, LocalDate.now(), null, null),
                    s -> {
                        long id = s.demo().firstPostOf(Demo.ALES);
                        String before = s.demo()
                                .text("select concat(status, '/', version) from cooperation_post where id = ?", id);
                        long version = s.demo().number("select version from cooperation_post where id = ?", id);
                        assertThrows(NotFoundException.class,
                                () -> s.posts().declareVacancy(id, version, LocalDate.now(),
                                        fr.ctgportal.model.post.VacancyCause.DEPARTURE, "intrusion"));
                        assertEquals(before, s.demo().text("select concat(status, '/', version) from cooperation_post "
                                + "where id = ?", id), "nothing changed");
                    }),
            new Case(PostService.class, "announceDeparture", Set.of(AUTHORITY_HR),
                    s -> s.posts().announceDeparture(1L, 0L, LocalDate.now().plusDays(1), null),
                    s -> postOfAlesUnchanged(s, (id, version) -> s.posts().announceDeparture(id, version,
                            LocalDate.now().plusMonths(1), "intrusion"))),
            new Case(PostService.class, "endAbsence", Set.of(AUTHORITY_HR),
                    s -> s.posts().endAbsence(1L, 0L, LocalDate.now(), null, null),
                    s -> postOfAlesUnchanged(s,
                            (id, version) -> s.posts().endAbsence(id, version, LocalDate.now(), "Intrus", null))),
            new Case(PostService.class, "withdrawVacancy", Set.of(AUTHORITY_HR),
                    s -> s.posts().withdrawVacancy(1L, 0L, null, "x"),
                    s -> postOfAlesUnchanged(s,
                            (id, version) -> s.posts().withdrawVacancy(id, version, "Intrus", "intrusion"))),
            new Case(TerritoryService.class, "pageTerritories", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.territories().pageTerritories(PageRequest.firstPage(10)),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        var list = s.territories().pageTerritories(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
                        assertFalse(list.isEmpty(), "the advisor's portfolio is listed");
                        assertTrue(list.stream().noneMatch(t -> t.id() == ales));
                    }),
            new Case(TerritoryService.class, "totals", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.territories().totals(),
                    s -> assertEquals(s.territories().pageTerritories(PageRequest.firstPage(0)).total(),
                            s.territories().totals().territories(), "the portfolio's territories only")),
            new Case(TerritoryService.class, "territoryChoices", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.territories().territoryChoices(),
                    s -> {
                        long ales = s.demo().territoryOf(Demo.ALES);
                        assertTrue(s.territories().territoryChoices().stream().noneMatch(t -> t.id() == ales));
                    }),
            new Case(TerritoryService.class, "findTerritory", Set.of(CAF_ADVISOR, CAF_MANAGER),
                    s -> s.territories().findTerritory(1L),
                    s -> {
                        assertThrows(NotFoundException.class,
                                () -> s.territories().findTerritory(s.demo().territoryOf(Demo.ALES)));
                        assertThrows(NotFoundException.class, () -> s.territories().findTerritory(Demo.UNKNOWN_ID));
                    }),
            new Case(DocumentService.class, "checkUploadSize",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER),
                    s -> documents().checkUploadSize(1L),
                    s -> {
                        // Reads no tenant data: the same limit for everyone.
                        documents().checkUploadSize(1L);
                        assertThrows(fr.ctgportal.ejb.platform.InvalidInputException.class,
                                () -> documents().checkUploadSize(Long.MAX_VALUE));
                    }),
            new Case(DocumentService.class, "checkPdf",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER),
                    s -> documents().checkPdf(pdf("x.pdf")),
                    s -> {
                        // Reads no tenant data: the same parse for everyone.
                        documents().checkPdf(pdf("x.pdf"));
                        assertThrows(fr.ctgportal.ejb.platform.InvalidInputException.class,
                                () -> documents().checkPdf(new Upload("x.pdf", TestPdfs.framedHtml())));
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
            // Reference data: admins and Caf managers see the whole department, there is no other tenant.
            new Case(ReferenceDataService.class, "findIntercommunalities", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().findIntercommunalities("Uzès"), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "listTerritories", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().listTerritories(), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "createTerritory", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().createTerritory("200034379", BigDecimal.TEN, "x"), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "changeTerritory", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().changeTerritory(Demo.UNKNOWN_ID, 0, new TerritoryChange(1, BigDecimal.ONE,
                            0, null, null, null, null, false), "x"),
                    NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "listAuthorities", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().listAuthorities(), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "registerAuthority", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().registerAuthority(new AuthorityInput("200034379", "x",
                            AuthorityType.COMMUNE, Demo.UNKNOWN_ID, false), "x"),
                    NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "changeAuthority", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().changeAuthority(Demo.UNKNOWN_ID, 0, new AuthorityInput("200034379", "x",
                            AuthorityType.COMMUNE, Demo.UNKNOWN_ID, false), "x"),
                    NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "closeAuthority", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().closeAuthority(Demo.UNKNOWN_ID, 0, "x"), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "deleteAuthority", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().deleteAuthority(Demo.UNKNOWN_ID, 0, "x"), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "listAdvisors", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().listAdvisors(), NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "assignTerritory", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().assignTerritory(Demo.UNKNOWN_ID, Demo.UNKNOWN_ID, LocalDate.now(), "x"),
                    NOT_APPLICABLE),
            new Case(ReferenceDataService.class, "releaseTerritory", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().releaseTerritory(Demo.UNKNOWN_ID, Demo.UNKNOWN_ID, "x"), NOT_APPLICABLE),
            // Accounts (Keycloak): admin sees all; an authority's HR only the officers of its own authority.
            new Case(AccountAdministration.class, "listAccounts", Set.of(ADMIN, AUTHORITY_HR),
                    s -> s.accountAdmin().listAccounts(),
                    s -> keycloakRefusal(() -> assertTrue(s.accountAdmin().listAccounts().stream()
                            .noneMatch(
                                    a -> !Demo.UZES.equals(a.authoritySiren())
                                            || !Set.of(COOPERATION_OFFICER, AUTHORITY_HR).contains(a.role())),
                            "only Uzès's officers (and HRs where the Caf lets it name them)"))),
            new Case(AccountAdministration.class, "createAccount", Set.of(ADMIN, AUTHORITY_HR),
                    s -> s.accountAdmin().createAccount(officerOf(Demo.ALES), "x"),
                    s -> {
                        // Decided before Keycloak is called: another authority is "not found", a Caf role refused.
                        assertThrows(NotFoundException.class,
                                () -> s.accountAdmin().createAccount(officerOf(Demo.ALES), "x"));
                        Refusals.refused("account.error.roleNotDelegated", () -> s.accountAdmin().createAccount(
                                new AccountInput("table.caf", "Table", "Caf", "table.caf@demo.ctg-portal.invalid",
                                        CAF_MANAGER, null),
                                "x"));
                        // an HR of another authority: "not found", whatever the Caf allows its own authority
                        assertThrows(NotFoundException.class, () -> s.accountAdmin().createAccount(
                                new AccountInput("table.hr", "Table", "Hr", "table.hr@demo.ctg-portal.invalid",
                                        AUTHORITY_HR, Demo.ALES),
                                "x"));
                    }),
            new Case(AccountAdministration.class, "disableAccount", Set.of(ADMIN, AUTHORITY_HR),
                    s -> s.accountAdmin().disableAccount("coop.ales", "x"),
                    s -> notFoundOrKeycloakDown(() -> s.accountAdmin().disableAccount("coop.ales", "x"))),
            new Case(AccountAdministration.class, "mayNameHr", Set.of(AUTHORITY_HR),
                    s -> s.accountAdmin().mayNameHr(),
                    // reads the settings of the caller's own authorities only (its scope): nothing of Alès
                    s -> s.accountAdmin().mayNameHr()),
            new Case(ReferenceDataService.class, "letHrNameHr", Set.of(ADMIN, CAF_MANAGER),
                    s -> s.referenceData().letHrNameHr(Demo.UNKNOWN_ID, 0, false, "x"), NOT_APPLICABLE),
            new Case(AccountAdministration.class, "enableAccount", Set.of(ADMIN),
                    s -> s.accountAdmin().enableAccount("coop.ales", "x"), NOT_APPLICABLE),
            new Case(AccountService.class, "recordSignIn",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.accounts().recordSignIn(),
                    s -> {
                        // Without a verified token nothing is recorded: a caller cannot grant itself an authority.
                        s.accounts().recordSignIn();
                        assertFalse(s.accounts().currentProfile().authorityNames().contains("CA Alès Agglomération"));
                    }),
            new Case(NotificationService.class, "mine",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.notifications().mine(),
                    s -> refusedOnAlesNotification(s, id -> assertTrue(
                            s.notifications().mine().stream().noneMatch(n -> n.id() == id),
                            "another person's notification is never listed"))),
            new Case(NotificationService.class, "unreadCount",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.notifications().unreadCount(),
                    s -> {
                        long before = s.notifications().unreadCount();
                        refusedOnAlesNotification(s, id -> assertEquals(before, s.notifications().unreadCount(),
                                "another person's notification is not counted"));
                    }),
            new Case(NotificationService.class, "markRead",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.notifications().markRead(alesNotification(s.demo())),
                    s -> refusedOnAlesNotification(s,
                            id -> assertThrows(NotFoundException.class, () -> s.notifications().markRead(id)))),
            new Case(NotificationService.class, "markAllRead",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.notifications().markAllRead(),
                    s -> refusedOnAlesNotification(s, id -> s.notifications().markAllRead())),
            new Case(NotificationService.class, "mailChoice",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.notifications().mailChoice(),
                    s -> assertNotNull(s.notifications().mailChoice())),
            new Case(NotificationService.class, "chooseMail",
                    Set.of(AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN),
                    s -> s.notifications().chooseMail(fr.ctgportal.model.notification.MailChoice.IMMEDIATE),
                    s -> {
                        // The caller's own choice, kept as it was; rh.ales's does not change.
                        String before = s.demo().text("select coalesce(mail_choice, '-') from portal_user "
                                + "where username = 'rh.ales'");
                        s.notifications().chooseMail(s.notifications().mailChoice());
                        assertEquals(before, s.demo().text("select coalesce(mail_choice, '-') from portal_user "
                                + "where username = 'rh.ales'"));
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
