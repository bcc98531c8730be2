package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.report.AnswerInput;
import fr.ctgportal.ejb.report.EvaluationView;
import fr.ctgportal.ejb.report.ReportReader;
import fr.ctgportal.ejb.report.ReportSummary;
import fr.ctgportal.ejb.report.ReportView;
import fr.ctgportal.ejb.report.ReviewStep;
import fr.ctgportal.model.post.VacancyCause;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.model.report.ReportStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import fr.ctgportal.ejb.platform.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 13: the reports belong to the post and its officer's history. Two posts of this test's own
 * in Pays de Sommières (followed by conseil.sud): post A's officer sends last year's report, which
 * the Caf sends back twice then accepts (the history shows both requests, then the evaluation; the
 * acceptance mail carries the evaluation), and starts this year's; post A becomes vacant: the
 * employer and the Caf keep every report (lists, export), the employer's HR works on the draft,
 * then the next officer takes it over and sends it. Post B's officer left a draft when the post
 * became vacant: its HR finishes and sends it. The Caf's list has a line per funded post ("not started" included), late
 * first, in a number of queries that does not grow with the posts. Intermediate evaluations refer
 * to a network meeting with its minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsOfThePostIT extends DeployedServices {

    private static final String SOMMIERES = "243000296";
    private static final String HR_MAIL = "rh.243000296@demo.ctg-portal.invalid";
    private static final String TITLE_A = "Coopération CTG (test des rapports du poste A)";
    private static final String TITLE_B = "Coopération CTG (test des rapports du poste B)";

    @jakarta.inject.Inject
    private fr.ctgportal.ejb.report.ReportDeadlines deadlines;

    private static long acceptedId;
    private static long draftId;
    private static long draftOfB;

    private Demo demo() {
        Demo demo = database().member("rh.somm", SOMMIERES).member("coop.somm", SOMMIERES)
                .member("coop.somm2", SOMMIERES).member("coop.sommb", SOMMIERES);
        // As their sign-in recorded them (People); coop.sommb never signed in: no address.
        for (String officer : List.of("coop.somm", "coop.somm2")) {
            demo.update("insert ignore into portal_user (username, given_name, family_name, email, main_role, "
                    + "last_sign_in) values (?, 'Prénom', 'Nom fictif', ?, 'cooperation-officer', current_timestamp(3))",
                    officer, mailOf(officer));
        }
        return demo;
    }

    private static String mailOf(String officer) {
        return officer + "@test.ctg-portal.invalid";
    }

    private static int lastYear() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
    }

    /** A funded, filled post of Pays de Sommières of this test's own, with that officer's account. */
    private long post(String title, String officer) {
        Demo demo = demo();
        if (demo.number("select count(*) from cooperation_post where title = ?", title) == 0) {
            demo.update("insert into cooperation_post (territory_id, employer_id, title, holder_name, employment_fte, "
                    + "cooperation_share, annual_cost, origin, status, qualification, employer_kind, cofinancing_share, "
                    + "current_funding, officer_username) select territory_id, id, ?, 'Titulaire fictif', 1.00, "
                    + "0.5000, 40000.00, 'EXISTING', 'FILLED', 'BAC3_OR_ABOVE', 'SIGNATORY_AUTHORITY', 0.5000, 0, ? "
                    + "from authority where siren = ?", title, officer, SOMMIERES);
        }
        return demo.number("select id from cooperation_post where title = ?", title);
    }

    private long postA() {
        return post(TITLE_A, "coop.somm");
    }

    private long postB() {
        return post(TITLE_B, "coop.sommb");
    }

    /** A complete answer for every indicator asked (the frame is read in the container: no other test class there). */
    private static List<AnswerInput> allAnswers(ReportView r) {
        List<AnswerInput> answers = new ArrayList<>();
        for (FrameFunction f : r.functions()) {
            for (FrameIndicator i : f.indicators()) {
                answers.add(switch (i.answerType()) {
                    case COUNT -> new AnswerInput(i.code(), 3, null);
                    case COUNT_AND_TEXT -> new AnswerInput(i.code(), 2, "Nature " + i.code());
                    case TEXT -> new AnswerInput(i.code(), null, "Appréciation " + i.code());
                });
            }
        }
        return answers;
    }

    private static Map<String, String> allTexts(ReportView r) {
        Map<String, String> texts = new HashMap<>();
        r.functions().forEach(f -> texts.put(f.code(), "Bilan " + f.code()));
        return texts;
    }

    private void fillAndSubmit(long reportId) {
        ReportView r = reports.findReport(reportId);
        reports.submit(reportId, r.version(), allAnswers(r), allTexts(r));
    }

    @Test
    @Order(1)
    @AsUser(name = "coop.somm", roles = COOPERATION_OFFICER)
    void theOfficerSendsLastYearsReportAndStartsThisYears() {
        long post = postA();
        acceptedId = reports.open(post, lastYear());
        fillAndSubmit(acceptedId);
        assertEquals(ReportStatus.SUBMITTED, reports.findReport(acceptedId).status());
        assertEquals("coop.somm", reports.findReport(acceptedId).submittedBy());
        draftId = reports.open(post, lastYear() + 1);
        ReportView draft = reports.findReport(draftId);
        reports.saveDraft(draftId, draft.version(), List.of(new AnswerInput("1.1-S2", 4, "Expertise famille")),
                Map.of("1.1", "Début d’année."));
    }

    @Test
    @Order(1)
    @AsUser(name = "coop.sommb", roles = COOPERATION_OFFICER)
    void postBsOfficerStartsLastYearsReport() {
        draftOfB = reports.open(postB(), lastYear());
        reports.saveDraft(draftOfB, reports.findReport(draftOfB).version(),
                List.of(new AnswerInput("2.1-S1", 9, null)), Map.of());
    }

    @Test
    @Order(2)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theCafAsksForAdditions() {
        ReportView r = reports.findReport(acceptedId);
        reviewsOfReports.askAdditions(acceptedId, r.version(), "Préciser les partenaires (3.1).");
        assertEquals(1, demo().mails(mailOf("coop.somm"),
                "Compléments demandés sur le rapport d’activité " + lastYear() + "%"), "the officer is told");
        assertEquals(1, demo().mails(HR_MAIL, "Compléments demandés sur le rapport d’activité " + lastYear() + "%"),
                "the employer stays informed");
    }

    @Test
    @Order(3)
    @AsUser(name = "coop.somm", roles = COOPERATION_OFFICER)
    void theOfficerSendsItAgain() {
        reports.submit(acceptedId, reports.findReport(acceptedId).version());
    }

    @Test
    @Order(4)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theCafAsksAgain() {
        reviewsOfReports.askAdditions(acceptedId, reports.findReport(acceptedId).version(),
                "Joindre le compte rendu du Copil.");
    }

    @Test
    @Order(5)
    @AsUser(name = "coop.somm", roles = COOPERATION_OFFICER)
    void theOfficerSendsItOnceMore() {
        ReportView r = reports.findReport(acceptedId);
        assertEquals(List.of(ReviewStep.Kind.ADDITIONS, ReviewStep.Kind.ADDITIONS),
                r.history().stream().map(ReviewStep::kind).toList(), "both requests, in order");
        assertNull(r.evaluation());
        reports.submit(acceptedId, r.version());
    }

    @Test
    @Order(6)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theCafAcceptsAndTheReportShowsItsHistoryThenTheEvaluation() {
        reviewsOfReports.accept(acceptedId, reports.findReport(acceptedId).version(),
                "Évaluation annuelle : partenariats élargis, Copil documenté.");
        ReportView r = reports.findReport(acceptedId);
        assertEquals(List.of(ReviewStep.Kind.ADDITIONS, ReviewStep.Kind.ADDITIONS, ReviewStep.Kind.EVALUATION),
                r.history().stream().map(ReviewStep::kind).toList(),
                "the requests for additions, then the evaluation, each labelled");
        assertEquals("Préciser les partenaires (3.1).", r.history().get(0).text());
        assertEquals("Joindre le compte rendu du Copil.", r.history().get(1).text());
        assertEquals("Évaluation annuelle : partenariats élargis, Copil documenté.", r.evaluation());
        assertEquals("conseil.sud", r.history().get(2).by());
        assertEquals(1, demo().number("select count(*) from outgoing_mail where recipient = ? and subject like ? "
                + "and body like ?", HR_MAIL, "Rapport d’activité " + lastYear() + " accepté%",
                "%> Évaluation annuelle : partenariats élargis, Copil documenté.%"),
                "the acceptance mail carries the evaluation");
        assertEquals(1, demo().number("select count(*) from outgoing_mail where recipient = ? and subject like ? "
                + "and body like ?", mailOf("coop.somm"), "Rapport d’activité " + lastYear() + " accepté%",
                "%> Évaluation annuelle : partenariats élargis, Copil documenté.%"), "and so does the officer's");
    }

    @Test
    @Order(7)
    @AsUser(name = "rh.somm", roles = AUTHORITY_HR)
    void thePostsBecomeVacant() {
        for (long post : List.of(postA(), postB())) {
            posts.declareVacancy(post, demo().number("select version from cooperation_post where id = ?", post),
                    LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1), VacancyCause.DEPARTURE, null);
            assertNull(posts.findPost(post).officerUsername(), "the officer's account is cleared");
        }
    }

    @Test
    @Order(8)
    @AsUser(name = "coop.somm", roles = COOPERATION_OFFICER)
    void theOfficerWhoLeftNoLongerReachesThem() {
        assertThrows(NotFoundException.class, () -> reports.findReport(draftId));
        assertTrue(reports.myReports().stream().noneMatch(l -> l.postId() == postA()));
    }

    @Test
    @Order(9)
    @AsUser(name = "rh.somm", roles = AUTHORITY_HR)
    void theEmployerKeepsEveryReportAndWorksOnTheDraft() {
        long post = postA();
        List<ReportSummary> lines = reports.authorityReports();
        ReportSummary accepted = lines.stream().filter(l -> Long.valueOf(acceptedId).equals(l.reportId()))
                .findFirst().orElseThrow(() -> new AssertionError("the accepted report of the vacant post"));
        assertEquals("coop.somm", accepted.officer(), "the officer who wrote it");
        assertTrue(lines.stream().anyMatch(l -> Long.valueOf(draftId).equals(l.reportId())), "the draft");

        ReportView done = reports.findReport(acceptedId);
        assertEquals(ReportStatus.ACCEPTED, done.status());
        assertFalse(done.editable());
        ReportView draft = reports.findReport(draftId);
        assertEquals(ReportReader.EMPLOYER, draft.reader());
        assertTrue(draft.writer() && draft.editable(), "HR finishes the draft of a post without officer");
        reports.saveDraft(draftId, draft.version(),
                List.of(new AnswerInput("1.1-S2", 5, "Expertise famille"), new AnswerInput("2.1-S1", 7, null)),
                Map.of("1.1", "Repris par l’employeur."));
        ReportView saved = reports.findReport(draftId);
        assertEquals(5, saved.answers().get("1.1-S2").count());
        assertEquals("coop.somm", saved.officer(), "still the report of the officer who wrote it");
        assertTrue(posts.pagePosts(PageRequest.firstPage(200)).rows().stream().anyMatch(p -> p.id() == post));
    }

    @Test
    @Order(10)
    @AsUser(name = "rh.somm", roles = AUTHORITY_HR)
    void theEmployerFinishesAndSendsTheDraftOfAPostWithoutOfficer() {
        long post = postB();
        assertTrue(reports.authorityReports().stream()
                .anyMatch(l -> l.postId() == post && Long.valueOf(draftOfB).equals(l.reportId())));
        ReportView r = reports.findReport(draftOfB);
        assertTrue(r.editable());
        assertEquals(9, r.answers().get("2.1-S1").count(), "what the officer saved");
        fillAndSubmit(draftOfB);
        ReportView sent = reports.findReport(draftOfB);
        assertEquals(ReportStatus.SUBMITTED, sent.status());
        assertEquals("rh.somm", sent.submittedBy(), "sent by the employer");
        assertEquals("coop.sommb", sent.officer(), "the report of the officer who wrote it");
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'REPORT_SUBMITTED' "
                + "and entity_id = ? and actor = 'rh.somm'", draftOfB));
    }

    @Test
    @Order(11)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void anotherEmployerCannotWriteThem() {
        database().member("rh.uzes", Demo.UZES);
        assertThrows(NotFoundException.class, () -> reports.findReport(draftId));
        assertThrows(NotFoundException.class, () -> reports.saveDraft(draftId,
                demo().number("select version from annual_report where id = ?", draftId), List.of(), Map.of()));
    }

    @Test
    @Order(12)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theCafListsEveryFundedPostLateFirstAndExportsTheVacantPostsReports() throws Exception {
        long territory = demo().territoryOf(SOMMIERES);
        List<ReportSummary> lines = reviewsOfReports.cafReports(lastYear());
        assertTrue(lines.stream().anyMatch(l -> Long.valueOf(acceptedId).equals(l.reportId())
                && l.status() == ReportStatus.ACCEPTED && "coop.somm".equals(l.officer())),
                "the accepted report of a post now vacant");
        Set<Long> listed = lines.stream().map(ReportSummary::postId).collect(Collectors.toSet());
        long funded = demo().number("select count(*) from cooperation_post p where p.territory_id = ? "
                + "and not p.unfunded_by_opinion and (p.funding_ended_on is null or p.funding_ended_on > ?) "
                + "and (p.funding_suspended_on is null or p.funding_suspended_on > ?)", territory,
                LocalDate.of(lastYear(), 1, 1), LocalDate.of(lastYear(), 1, 1));
        String territoryName = demo().text("select name from territory where id = ?", territory);
        assertEquals(funded, lines.stream().filter(l -> l.territoryName().equals(territoryName)).count(),
                "one line per funded post of the territory");
        assertTrue(listed.contains(postA()) && listed.contains(postB()));
        assertTrue(lines.stream().anyMatch(l -> l.reportId() == null && l.status() == null),
                "reports not started are listed");
        boolean seenOnTime = false;
        for (ReportSummary l : lines) {
            assertFalse(seenOnTime && l.late(), "late first");
            seenOnTime |= !l.late();
        }

        String sheet = sheetOf(reviewsOfReports.export(territory, lastYear()).content());
        assertTrue(sheet.contains(TITLE_A), "the export includes the vacant post's report");
        assertTrue(sheet.contains(TITLE_B), "and the report its employer sent");
        ReportView r = reports.findReport(acceptedId);
        assertEquals(ReportReader.CAF, r.reader());
        assertFalse(r.editable());
    }

    @Test
    @Order(13)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theCafsListTakesAFewQueriesWhateverTheNumberOfPosts() {
        reviewsOfReports.cafReports(lastYear()); // warm: the frame, the scope
        long before = selects();
        List<ReportSummary> lines = reviewsOfReports.cafReports(lastYear());
        long queries = selects() - before - 1;
        assertTrue(lines.size() > 60, "every funded post of the department: " + lines.size());
        assertTrue(queries <= 10, queries + " queries for " + lines.size() + " lines");
    }

    private long selects() {
        return Long.parseLong(demo().text("select variable_value from information_schema.global_status "
                + "where variable_name = 'COM_SELECT'"));
    }

    @Test
    @Order(14)
    @AsUser(name = "rh.somm", roles = AUTHORITY_HR)
    void theNextOfficerIsNamed() {
        long post = postA();
        // The recruitment of the next holder completed (its own workflow, tested elsewhere).
        demo().update("update cooperation_post set status = 'FILLED', holder_name = 'Nouveau titulaire fictif', "
                + "vacant_since = null, vacancy_cause = null, version = version + 1 where id = ?", post);
        posts.assignOfficer(post, demo().number("select version from cooperation_post where id = ?", post),
                "coop.somm2", false);
        ReportView draft = reports.findReport(draftId);
        assertFalse(draft.editable(), "the post has an officer again: the report is theirs");
        assertThrows(NotFoundException.class, () -> reports.saveDraft(draftId, draft.version(), List.of(), Map.of()));
    }

    @Test
    @Order(15)
    @AsUser(name = "coop.somm2", roles = COOPERATION_OFFICER)
    void theNextOfficerTakesOverTheDraftAndSendsIt() {
        ReportView draft = reports.findReport(draftId);
        assertEquals(ReportReader.OFFICER, draft.reader());
        assertTrue(draft.editable());
        assertEquals(5, draft.answers().get("1.1-S2").count(), "what the employer saved is there");
        reports.submit(draftId, draft.version(), allAnswers(draft), allTexts(draft));
        ReportView sent = reports.findReport(draftId);
        assertEquals("coop.somm2", sent.officer(), "handed over to the next officer");
        assertEquals("coop.somm2", sent.submittedBy());
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'REPORT_HANDED_OVER' "
                + "and entity_id = ? and actor = 'coop.somm2'", draftId));
        assertFalse(reports.findReport(acceptedId).editable(), "the accepted report stays the former officer's");
        assertEquals("coop.somm", reports.findReport(acceptedId).officer());
    }

    @Test
    @Order(16)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void remindersGoToTheOfficerAndTheEmployer() {
        int year = lastYear() + 3; // a year no other test reminds of
        String subject = "Rappel : rapport d’activité " + year + " à remettre le 30/06/" + (year + 1) + "%";
        assertTrue(deadlines.sendReminders(LocalDate.of(year + 1, 6, 20)) >= 1);
        assertEquals(1, demo().mails(mailOf("coop.somm2"), subject), "the officer, from their identity");
        assertTrue(demo().mails(HR_MAIL, subject) >= 1, "the employer stays informed");
        assertEquals(0, demo().mails(mailOf("coop.somm"), subject), "no longer the post's officer");
    }

    @Test
    @Order(17)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void anIntermediateEvaluationComesFromANetworkMeetingWithItsMinutes() {
        long post = postA();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        demo().update("insert into network_meeting (held_on, title, recorded_by, recorded_at) values (?, "
                + "'Réunion de réseau (test des évaluations)', 'direction.caf', current_timestamp(3))",
                today.minusDays(5));
        long meeting = demo().number("select max(id) from network_meeting where title = "
                + "'Réunion de réseau (test des évaluations)'");
        refused("evaluation.error.meetingKind", () -> evaluations.write(post, EvaluationKind.END_OF_TERM, today,
                "Bilan", RenewalConclusion.RENEW, meeting, null));
        refused("evaluation.error.minutesMeeting", () -> evaluations.write(post, EvaluationKind.INTERMEDIATE, today,
                "Réunion", null, null, ServiceCatalog.pdf("cr.pdf")));
        refused("evaluation.error.meetingDate", () -> evaluations.write(post, EvaluationKind.INTERMEDIATE,
                today.minusDays(6), "Réunion", null, meeting, null));
        refused("document.error.notPdf", () -> evaluations.write(post, EvaluationKind.INTERMEDIATE, today,
                "Réunion", null, meeting, new fr.ctgportal.ejb.document.Upload("cr.pdf",
                        "pas un PDF".getBytes(StandardCharsets.UTF_8))));
        assertEquals(0, demo().number("select count(*) from post_evaluation where post_id = ? and meeting_id = ?",
                post, meeting), "nothing written for a refusal");

        long id = evaluations.write(post, EvaluationKind.INTERMEDIATE, today.minusDays(2),
                "Comité des chargés de coopération : démarche partagée.", null, meeting,
                ServiceCatalog.pdf("compte-rendu-reunion.pdf"));
        EvaluationView e = evaluations.postEvaluations(post).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow();
        assertEquals("Réunion de réseau (test des évaluations)", e.meetingTitle());
        assertEquals(today.minusDays(5), e.meetingOn());
        assertEquals("compte-rendu-reunion.pdf", e.minutes().fileName());
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'EVALUATION_WRITTEN' "
                + "and entity_id = ? and detail like ? and actor = 'conseil.sud'", post,
                "%issue de la réunion « Réunion de réseau (test des évaluations) »%compte-rendu-reunion.pdf%"),
                "the trail says which meeting and which minutes");
        byte[] minutes = evaluations.minutes(id).content();
        assertTrue(new String(minutes, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        long plain = evaluations.write(post, EvaluationKind.INTERMEDIATE, today, "Sans réunion.", null);
        assertThrows(NotFoundException.class, () -> evaluations.minutes(plain), "no minutes");
    }

    @Test
    @Order(18)
    @AsUser(name = "rh.somm", roles = AUTHORITY_HR)
    void theEmployerReadsTheMinutes() {
        long id = demo().number("select max(id) from post_evaluation where minutes_document_id is not null "
                + "and post_id = ?", postA());
        assertTrue(evaluations.minutes(id).content().length > 0);
    }

    /** The text of every cell of the workbook's first sheet, read with POI (strings are shared, not inline). */
    private static String sheetOf(byte[] xlsx) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
            return text.toString();
        }
    }
}
