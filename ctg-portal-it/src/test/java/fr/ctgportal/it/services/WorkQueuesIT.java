package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.workqueue.WorkItem;
import fr.ctgportal.ejb.workqueue.WorkKind;
import fr.ctgportal.ejb.workqueue.WorkQueue;
import fr.ctgportal.ejb.workqueue.WorkQueues;
import fr.ctgportal.model.doctrine.VacancyGrace;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "À traiter" (issue 14): each role's work queue shows what awaits it on the test's own posts (of the
 * Pays d'Uzès), named by reference and holder, with a link to the page of the action; a line leaves
 * the queue once the work is done; another tenant (Alès's HR, the north's advisor) never sees it. The
 * statements the queue runs do not grow with the number of posts: they are counted as EclipseLink
 * sends them (its SQL log, on the test's thread).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkQueuesIT extends DeployedServices {

    private static final String OFFICER = "coop.queue.it";

    @EJB
    private WorkQueues queues;

    @PersistenceUnit(unitName = "ctg")
    private EntityManagerFactory emf;

    private static long post;
    private static long file;
    private static long procedure;
    private static long vacant;
    private static long officerPost;

    private Demo demo() {
        return database().member("rh.uzes", Demo.UZES).member("rh.ales", Demo.ALES).member(OFFICER, Demo.UZES);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** The caller's line of that kind whose link ends with {@code linkEnd}, if any. */
    private Optional<WorkItem> line(WorkKind kind, String linkEnd) {
        return line(queues.mine(), kind, linkEnd);
    }

    private static Optional<WorkItem> line(WorkQueue queue, WorkKind kind, String linkEnd) {
        return queue.group(kind).items().stream().filter(i -> i.link().endsWith(linkEnd)).findFirst();
    }

    /**
     * A recruitment file of the test's post at that stage, written in the database as the steps would
     * have left it: a submitted description, and from CANDIDATE_PROPOSED a chosen candidate; the
     * opinion (by conseil.sud) from OPINION_GIVEN.
     */
    private long fileAt(long postId, String stage) {
        Demo d = demo();
        long document = d.pdfDocument("fiche-queue.pdf", "rh.uzes");
        d.update("insert into recruitment_file (kind, stage, authority_id, territory_id, post_id, title, opened_by, "
                + "opened_at, due_date) select 'REPLACEMENT', ?, p.employer_id, p.territory_id, p.id, p.title, "
                + "'rh.uzes', current_timestamp(3), current_date() + interval 10 day from cooperation_post p "
                + "where p.id = ?", stage, postId);
        long id = d.number("select max(id) from recruitment_file where post_id = ?", postId);
        d.update("insert into job_description (file_id, number, activities, themes, frameworks, document_id, saved_by, "
                + "saved_at, submitted_by, submitted_at) values (?, 1, 'NETWORK_ACTORS', 'PARENTING', 'OTHER', ?, "
                + "'rh.uzes', current_timestamp(3), 'rh.uzes', current_timestamp(3))", id, document);
        if (stage.equals("CANDIDATE_PROPOSED") || stage.equals("OPINION_GIVEN")) {
            d.update("insert into candidate (file_id, full_name, qualification, framework, cv_document_id, added_by, "
                    + "added_at) values (?, 'Candidate file (fictive)', 'BAC2', 'OTHER', ?, 'rh.uzes', "
                    + "current_timestamp(3))", id, document);
            d.update(
                    "update recruitment_file set chosen_candidate_id = (select max(id) from candidate where file_id = ?), "
                            + "choice_reasons = 'motifs' where id = ?",
                    id, id);
        }
        if (stage.equals("OPINION_GIVEN")) {
            d.update("update recruitment_file set opinion = 'FAVOURABLE', opinion_reasons = 'motifs', opinion_by = "
                    + "'conseil.sud', opinion_at = current_timestamp(3), due_date = null where id = ?", id);
        }
        return id;
    }

    private long openProcedure(long postId, LocalDate deadline) {
        demo().update("insert into compliance_procedure (post_id, ground, status, reasons, deadline, opened_by, "
                + "opened_at) values (?, 'REALITY', 'OPEN', 'motifs', ?, 'direction.caf', current_timestamp(3))",
                postId,
                java.sql.Date.valueOf(deadline));
        return demo().number("select max(id) from compliance_procedure where post_id = ?", postId);
    }

    @Test
    @Order(1)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void theAuthoritysHrSeesWhatAwaitsItNamedByReferenceAndHolder() {
        post = demo().ownPost(Demo.UZES, "IT à traiter : poste de Camille", "Camille Filet");
        file = fileAt(post, "DESCRIPTION_TO_REVISE");
        procedure = openProcedure(post, today().plusDays(12));
        WorkQueue queue = queues.mine();
        WorkItem revise = line(queue, WorkKind.DESCRIPTION_TO_REVISE, "/collectivite/recrutements/dossier.xhtml?id="
                + file).orElseThrow();
        assertEquals(String.format("CTG-%04d", post), revise.postReference());
        assertEquals("IT à traiter : poste de Camille", revise.postTitle());
        assertEquals("Camille Filet", revise.holderName());
        assertEquals(demo().text("select name from authority where siren = ?", Demo.UZES), revise.authorityName());
        WorkItem answer = line(queue, WorkKind.PROCEDURE_TO_ANSWER,
                "/collectivite/poste.xhtml?id=" + post + "#procedures")
                .orElseThrow();
        assertEquals(today().plusDays(12), answer.dueDate(), "with its due date");
        var procedures = queue.group(WorkKind.PROCEDURE_TO_ANSWER).items();
        for (int i = 1; i < procedures.size(); i++) {
            assertTrue(!procedures.get(i).dueDate().isBefore(procedures.get(i - 1).dueDate()), "most urgent first");
        }
        assertTrue(queue.total() >= 2);
        assertTrue(queue.groups().stream().allMatch(g -> g.kind().side() == fr.ctgportal.model.shared.Side.AUTHORITY),
                "no Caf work for an authority");
    }

    @Test
    @Order(2)
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void anotherAuthorityNeverSeesIt() {
        WorkQueue queue = queues.mine();
        assertTrue(queue.groups().stream().flatMap(g -> g.items().stream())
                .noneMatch(i -> i.link().contains("id=" + post) || i.link().endsWith("id=" + file)));
    }

    @Test
    @Order(3)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void answeringTheProcedureTakesItOffTheQueue() {
        long version = demo().number("select version from compliance_procedure where id = ?", procedure);
        procedures.answer(procedure, version, "Nous nous engageons à revoir la fiche de poste.");
        assertTrue(line(WorkKind.PROCEDURE_TO_ANSWER, "?id=" + post + "#procedures").isEmpty(), "done: gone");
        // The Caf sent the description back: revised and submitted again, it is the Caf's to review.
        demo().update("update recruitment_file set stage = 'DESCRIPTION_SUBMITTED' where id = ?", file);
        assertTrue(line(WorkKind.DESCRIPTION_TO_REVISE, "?id=" + file).isEmpty(), "submitted: gone");
    }

    @Test
    @Order(4)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theAdvisorSeesItsPortfolio() {
        vacant = demo().ownPost(Demo.UZES, "IT à traiter : poste vacant", null);
        LocalDate since = today().minusDays(50);
        demo().update("update cooperation_post set vacant_since = ?, holder_before_vacancy = 'Dominique Départ' "
                + "where id = ?", java.sql.Date.valueOf(since), vacant);
        WorkQueue queue = queues.mine();
        WorkItem review = line(queue, WorkKind.DESCRIPTION_TO_REVIEW, "/caf/recrutements/dossier.xhtml?id=" + file)
                .orElseThrow();
        assertEquals(today().plusDays(10), review.dueDate());
        assertEquals("Camille Filet", review.holderName());
        WorkItem vacancy = line(queue, WorkKind.VACANCY_GRACE_ENDING, "/caf/poste.xhtml?id=" + vacant).orElseThrow();
        assertEquals(VacancyGrace.lastFundedDay(since, 2), vacancy.dueDate(), "the last funded day (2 months)");
        assertEquals("Dominique Départ", vacancy.holderName());
        assertTrue(queue.group(WorkKind.OPINION_TO_COUNTERSIGN).items().isEmpty(), "a manager's work only");
        assertTrue(queue.groups().stream().flatMap(g -> g.items().stream())
                .noneMatch(i -> i.authorityName() != null && i.authorityName().contains("Alès")), "its portfolio only");
    }

    @Test
    @Order(5)
    @AsUser(name = "conseil.nord", roles = CAF_ADVISOR)
    void anotherPortfolioNeverSeesIt() {
        assertTrue(queues.mine().groups().stream().flatMap(g -> g.items().stream())
                .noneMatch(i -> i.link().contains("id=" + file) || i.link().contains("id=" + vacant)));
    }

    @Test
    @Order(6)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theManagerCountersignsAndTheLineLeaves() {
        long opinion = fileAt(post, "OPINION_GIVEN");
        demo().update("update compliance_procedure set deadline = current_date() - interval 1 day where id = ?",
                procedure);
        WorkQueue queue = queues.mine();
        WorkItem countersign = line(queue, WorkKind.OPINION_TO_COUNTERSIGN, "/caf/recrutements/dossier.xhtml?id="
                + opinion).orElseThrow();
        assertEquals(today(), countersign.since(), "given today");
        assertEquals(demo().number("select count(*) from recruitment_file where opinion is not null and "
                + "countersigned_at is null and stage in ('OPINION_GIVEN', 'COMPLETED') and opinion_by <> 'direction.caf'"),
                queue.group(WorkKind.OPINION_TO_COUNTERSIGN).count(),
                "every opinion to countersign, the département's");
        assertTrue(line(queue, WorkKind.PROCEDURE_PAST_DEADLINE, "?id=" + post + "#procedures").isPresent());
        assertTrue(line(queue, WorkKind.DESCRIPTION_TO_REVIEW, "?id=" + file).isPresent(), "the advisors' work too");
        reviews.countersign(opinion, demo().number("select version from recruitment_file where id = ?", opinion));
        assertTrue(line(WorkKind.OPINION_TO_COUNTERSIGN, "?id=" + opinion).isEmpty(), "countersigned: gone");
    }

    @Test
    @Order(7)
    @AsUser(name = OFFICER, roles = COOPERATION_OFFICER)
    void theOfficerSeesItsReportOfTheYear() {
        officerPost = demo().ownPost(Demo.UZES, "IT à traiter : poste de l’agent", "Agent File");
        demo().update("update cooperation_post set officer_username = ? where id = ?", OFFICER, officerPost);
        int year = today().getYear() - 1;
        WorkItem start = line(WorkKind.REPORT_TO_START, "/collectivite/rapports/index.xhtml").orElseThrow();
        assertEquals(String.valueOf(year), start.label());
        assertEquals(LocalDate.of(today().getYear(), 6, 30), start.dueDate());
        long report = reports.open(officerPost, year);
        assertTrue(line(WorkKind.REPORT_TO_START, "/collectivite/rapports/index.xhtml").isEmpty(), "started: gone");
        assertTrue(line(WorkKind.REPORT_TO_COMPLETE, "/collectivite/rapports/rapport.xhtml?id=" + report).isPresent());
    }

    @Test
    @Order(8)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theQueuesStatementsDoNotGrowWithThePosts() throws Exception {
        int before = statementsOf(() -> queues.mine());
        WorkQueue fewer = queues.mine();
        for (int i = 0; i < 4; i++) {
            long more = demo().ownPost(Demo.UZES, "IT à traiter : poste compté " + i, "Titulaire " + i);
            fileAt(more, "DESCRIPTION_SUBMITTED");
            fileAt(more, "OPINION_GIVEN");
            openProcedure(more, today().minusDays(2));
        }
        int after = statementsOf(() -> queues.mine());
        WorkQueue more = queues.mine();
        assertEquals(fewer.group(WorkKind.OPINION_TO_COUNTERSIGN).count() + 4,
                more.group(WorkKind.OPINION_TO_COUNTERSIGN).count(), "the new lines are read");
        assertEquals(fewer.group(WorkKind.PROCEDURE_PAST_DEADLINE).count() + 4,
                more.group(WorkKind.PROCEDURE_PAST_DEADLINE).count());
        assertTrue(before > 0, "statements were counted");
        assertEquals(before, after, "as many statements with 4 more posts and 12 more lines");
    }

    /**
     * The SQL statements EclipseLink sends on this thread while {@code work} runs: its session log is
     * swapped for one that counts the "sql" entries (the doctrine's check of its recorded changes, at
     * most once a second, is not the queue's and is left out).
     */
    private int statementsOf(Runnable work) throws Exception {
        ClassLoader loader = emf.getClass().getClassLoader();
        Class<?> logType = Class.forName("org.eclipse.persistence.logging.SessionLog", true, loader);
        Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", true, loader);
        Object session = emf.unwrap(sessionType);
        Method getLog = sessionType.getMethod("getSessionLog");
        Method setLog = sessionType.getMethod("setSessionLog", logType);
        Object original = getLog.invoke(session);
        Thread self = Thread.currentThread();
        AtomicInteger count = new AtomicInteger();
        InvocationHandler handler = (proxy, method, args) -> {
            boolean sql = false;
            if (method.getName().equals("shouldLog") && args != null && args.length == 2 && "sql".equals(args[1])) {
                return true;
            }
            if (method.getName().equals("log") && args != null && args.length == 1) {
                Object entry = args[0];
                sql = "sql".equals(entry.getClass().getMethod("getNameSpace").invoke(entry));
                if (sql) {
                    Object message = entry.getClass().getMethod("getMessage").invoke(entry);
                    if (Thread.currentThread() == self && !String.valueOf(message).contains("parameter_change")) {
                        count.incrementAndGet();
                    }
                    return null;
                }
            }
            return method.invoke(original, args);
        };
        Object counting = Proxy.newProxyInstance(loader, new Class<?>[]{logType}, handler);
        setLog.invoke(session, counting);
        try {
            work.run();
        } finally {
            setLog.invoke(session, original);
        }
        return count.get();
    }

    static List<WorkKind> kinds(WorkQueue queue) {
        return queue.groups().stream().map(g -> g.kind()).toList();
    }
}
