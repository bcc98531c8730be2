package fr.ctgportal.it.services;

import static fr.ctgportal.it.services.Refusals.refused;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.report.AnswerInput;
import fr.ctgportal.ejb.report.IndicatorHistory;
import fr.ctgportal.model.compliance.Milestone;
import fr.ctgportal.model.compliance.MilestoneState;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.ejb.report.ReportReader;
import fr.ctgportal.ejb.report.ReportView;
import fr.ctgportal.model.report.AnswerType;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.ReportStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The annual report of Pays d'Uzès's officer (coop.uzes, not the Ctg's lead): opened, saved as an
 * incomplete draft, refused while incomplete, completed and sent; the employer's remarks; the Caf
 * asks for additions, then accepts it, which locks it; its PDF and the year's XLSX export. Alès's
 * officer leads the Ctg and is asked the steering committee's indicator.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualReportIT extends DeployedServices {

    private static final String UZES = "200034379";

    @jakarta.inject.Inject
    private fr.ctgportal.ejb.report.ReportDeadlines deadlines;

    private static long reportId;

    private Demo demo() {
        return database().member("rh.uzes", UZES).member("coop.uzes", UZES);
    }

    private long post() {
        return demo().number("select id from cooperation_post where officer_username = 'coop.uzes'");
    }

    private static int lastYear() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
    }

    /** A text an officer typed that a spreadsheet would read as a formula. */
    private static final String FORMULA_TEXT = "=HYPERLINK(\"http://exemple.invalid\";\"Voir le bilan\")";

    private static FrameIndicator firstTextIndicator(ReportView r) {
        return r.functions().stream().flatMap(f -> f.indicators().stream())
                .filter(i -> i.answerType() == AnswerType.TEXT).findFirst().orElseThrow();
    }

    /** A complete answer for every indicator asked, and a text per function. */
    private static List<AnswerInput> allAnswers(ReportView r) {
        List<AnswerInput> answers = new ArrayList<>();
        for (FrameFunction f : r.functions()) {
            for (FrameIndicator i : f.indicators()) {
                answers.add(switch (i.answerType()) {
                    case COUNT -> new AnswerInput(i.code(), 4, null);
                    case COUNT_AND_TEXT -> new AnswerInput(i.code(), 2, "Nature pour " + i.code());
                    case TEXT -> new AnswerInput(i.code(), null, "Appréciation des partenaires pour " + i.code());
                });
            }
        }
        return answers;
    }

    private static Map<String, String> allTexts(ReportView r) {
        Map<String, String> texts = new HashMap<>();
        r.functions().forEach(f -> texts.put(f.code(), "Bilan de la fonction " + f.code()));
        return texts;
    }

    @Test
    @Order(1)
    @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    void officerOpensAndSavesAnIncompleteDraft() {
        long post = post();
        assertTrue(reports.myReports().stream().anyMatch(r -> r.postId() == post && r.year() == lastYear()
                && r.reportId() == null), "a report to start");
        refused("report.error.year", () -> reports.open(post, lastYear() - 1));
        assertThrows(NotFoundException.class, () -> reports.open(
                demo().number("select id from cooperation_post where officer_username = 'coop.ales'"), lastYear()));
        reportId = reports.open(post, lastYear());
        refused("report.error.alreadyOpen", () -> reports.open(post, lastYear()));

        ReportView r = reports.findReport(reportId);
        assertEquals(ReportReader.OFFICER, r.reader());
        assertEquals(ReportStatus.DRAFT, r.status());
        assertEquals(LocalDate.of(lastYear() + 1, 6, 30), r.dueDate());
        assertEquals(8, r.functions().size(), "the eight functions of table n° 2");
        assertEquals(19, r.functions().stream().mapToLong(f -> f.indicators().size()).sum(),
                "every indicator but the lead officer's one");
        assertTrue(r.functions().stream().flatMap(f -> f.indicators().stream()).noneMatch(FrameIndicator::leadOnly));
        assertEquals("Nombre et nature des expertises mobilisées dans le Copil ou groupes de travail",
                r.functions().get(0).indicators().get(0).wording(), "the Cnaf's exact wording");

        refused("report.error.count", () -> reports.saveDraft(reportId, r.version(),
                List.of(new AnswerInput("1.1-S2", -1, null)), Map.of()));
        refused("report.error.unknownIndicator", () -> reports.saveDraft(reportId, r.version(),
                List.of(new AnswerInput("1.1-S1", 3, null)), Map.of()));
        refused("report.error.unknownIndicator", () -> reports.saveDraft(reportId, r.version(),
                List.of(new AnswerInput("9.9-S9", 3, null)), Map.of()));
        reports.saveDraft(reportId, r.version(), List.of(new AnswerInput("1.1-S2", 3, "Expertise petite enfance"),
                new AnswerInput("2.1-S1", 12, null)), Map.of("1.1", "Trois Copil préparés."));
        assertThrows(ConcurrentEditException.class,
                () -> reports.saveDraft(reportId, r.version(), List.of(), Map.of()));
        ReportView saved = reports.findReport(reportId);
        assertEquals(3, saved.answers().get("1.1-S2").count());
        assertTrue(saved.missing().contains("2.1-S2") && !saved.missing().contains("2.1-S1"));
        refused("report.error.missing", () -> reports.submit(reportId, saved.version()));
        assertEquals(ReportStatus.DRAFT, reports.findReport(reportId).status(), "nothing sent");
        refused("report.error.missing", () -> reports.submit(reportId, saved.version(),
                List.of(new AnswerInput("2.1-S2", 7, null)), Map.of()));
        assertEquals(saved.answers(), reports.findReport(reportId).answers(),
                "saving and sending in one step: nothing saved");

        refused("document.error.notPdf", () -> reports.attach(reportId, saved.version(),
                new Upload("compte-rendu.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8))));
        reports.attach(reportId, saved.version(), ServiceCatalog.pdf("compte-rendu-copil.pdf"));
        assertEquals(1, reports.findReport(reportId).attachments().size());
    }

    @Test
    @Order(2)
    @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    void officerCompletesAndSubmits() {
        ReportView r = reports.findReport(reportId);
        reports.saveDraft(reportId, r.version(), allAnswers(r), allTexts(r));
        ReportView complete = reports.findReport(reportId);
        assertTrue(complete.missing().isEmpty(), complete.missing().toString());
        reports.submit(reportId, complete.version());
        ReportView sent = reports.findReport(reportId);
        assertEquals(ReportStatus.SUBMITTED, sent.status());
        refused("report.error.locked", () -> reports.saveDraft(reportId, sent.version(), List.of(), Map.of()));
        assertEquals(1, demo().mails("conseil.sud@demo.ctg-portal.invalid", "Rapport d’activité % transmis%"));
        assertEquals(1,
                demo().number("select count(*) from audit_event where action = 'REPORT_SUBMITTED' and entity_id = ? "
                        + "and actor = 'coop.uzes'", reportId));
    }

    @Test
    @Order(3)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void employerAddsItsRemarks() {
        assertTrue(reports.authorityReports().stream().anyMatch(s -> s.reportId() != null && s.reportId() == reportId));
        ReportView r = reports.findReport(reportId);
        assertEquals(ReportReader.EMPLOYER, r.reader());
        assertFalse(r.editable());
        refused("report.error.remarks", () -> reports.remark(reportId, r.version(), " "));
        reports.remark(reportId, r.version(), "Activité conforme à la fiche de poste.");
        assertEquals("Activité conforme à la fiche de poste.", reports.findReport(reportId).employerRemarks());
    }

    @Test
    @Order(4)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAsksForAdditions() {
        assertTrue(reviewsOfReports.cafReports(lastYear()).stream()
                .anyMatch(s -> s.reportId() != null && s.reportId() == reportId
                        && s.status() == ReportStatus.SUBMITTED));
        ReportView r = reports.findReport(reportId);
        assertEquals(ReportReader.CAF, r.reader());
        refused("report.error.comment", () -> reviewsOfReports.askAdditions(reportId, r.version(), ""));
        reviewsOfReports.askAdditions(reportId, r.version(), "Préciser la nature des supports d’information (4.2).");
        ReportView back = reports.findReport(reportId);
        assertEquals(ReportStatus.TO_COMPLETE, back.status());
        refused("report.error.notSubmitted", () -> reviewsOfReports.accept(reportId, back.version(), "Bilan"));
        assertEquals(1, demo().mails("rh.uzes@demo.ctg-portal.invalid", "Compléments demandés%"));
    }

    @Test
    @Order(5)
    @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    void officerCompletesAgain() {
        ReportView r = reports.findReport(reportId);
        assertEquals("Préciser la nature des supports d’information (4.2).", r.cafComment());
        List<AnswerInput> answers = new ArrayList<>(allAnswers(r));
        answers.removeIf(a -> a.indicatorCode().equals("4.2-S1"));
        answers.add(new AnswerInput("4.2-S1", 5, "Lettre d’information, site, affiches, réunions publiques, réseaux"));
        FrameIndicator judged = firstTextIndicator(r);
        answers.removeIf(a -> a.indicatorCode().equals(judged.code()));
        answers.add(new AnswerInput(judged.code(), null, FORMULA_TEXT));
        reports.saveDraft(reportId, r.version(), answers, allTexts(r));
        reports.submit(reportId, reports.findReport(reportId).version());
        assertEquals(ReportStatus.SUBMITTED, reports.findReport(reportId).status());
    }

    @Test
    @Order(6)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAcceptsAndTheReportIsLockedAndExported() throws Exception {
        ReportView r = reports.findReport(reportId);
        refused("report.error.evaluation", () -> reviewsOfReports.accept(reportId, r.version(), " "));
        reviewsOfReports.accept(reportId, r.version(), "Activité de coopération soutenue ; diagnostic partagé engagé.");
        ReportView accepted = reports.findReport(reportId);
        assertEquals(ReportStatus.ACCEPTED, accepted.status());
        assertEquals("conseil.sud", accepted.acceptedBy());
        refused("report.error.notSubmitted", () -> reviewsOfReports.askAdditions(reportId, accepted.version(), "x"));
        assertEquals(1, demo().number("select count(*) from post_evaluation where post_id = ? and kind = 'ANNUAL' "
                + "and report_year = ? and written_by = 'conseil.sud'", post(), String.valueOf(lastYear())));

        byte[] pdf = reviewsOfReports.reportPdf(reportId).content();
        String text = pdfText(pdf);
        assertTrue(text.contains("Rapport d’activité " + lastYear()), text);
        assertTrue(text.contains("Activité de coopération soutenue ; diagnostic partagé engagé."),
                "the annual evaluation: " + text);
        assertTrue(text.contains("compte-rendu-copil.pdf"), "the attachments: " + text);
        assertTrue(text.contains("Transmis à la Caf le ") && text.contains("Accepté par la Caf le "), text);
        assertTrue(text.contains("Nature : Lettre d’information, site, affiches, réunions publiques, réseaux"), text);
        String words = text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertTrue(words.contains("Chargé(e) de coopération : Thomas Garnier – fictif"), "by name: " + words);
        assertTrue(words.contains("par Nicolas Chabert – fictif, conseiller·ère Caf"), "by name and role: " + words);
        assertFalse(words.contains("conseil.sud") || words.contains("coop.uzes"), "never by login: " + words);

        byte[] xlsx = reviewsOfReports.export(demo().territoryOf(UZES), lastYear()).content();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getPhysicalNumberOfRows(), "a header and one report");
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            Map<String, Integer> columns = new HashMap<>();
            header.forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
            String supports = "4.2-S1 Nombre et nature des supports d'information permettant d'aller vers les "
                    + "habitants du territoire";
            Cell count = row.getCell(columns.get(supports + " – nombre"));
            assertEquals(CellType.NUMERIC, count.getCellType(), "a count is a number");
            assertEquals(5, count.getNumericCellValue());
            assertEquals("Lettre d’information, site, affiches, réunions publiques, réseaux",
                    row.getCell(columns.get(supports + " – nature")).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(columns.get("Année")).getCellType());
            assertEquals(lastYear(), row.getCell(columns.get("Année")).getNumericCellValue());
            assertEquals(post(), row.getCell(columns.get("N° du poste")).getNumericCellValue());
            assertEquals("Accepté par la Caf", row.getCell(columns.get("État")).getStringCellValue());
            assertEquals("Thomas Garnier – fictif",
                    row.getCell(columns.get("Chargé(e) de coopération")).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(columns.get("Accepté le"))));
            assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")),
                    row.getCell(columns.get("Accepté le")).getLocalDateTimeCellValue().toLocalDate());
            FrameIndicator judged = firstTextIndicator(r);
            Cell formula = row.getCell(columns.get(judged.code() + " " + judged.wording()));
            assertEquals(CellType.STRING, formula.getCellType(), "a text typed as a formula stays text");
            assertEquals(FORMULA_TEXT, formula.getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays");
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    @Order(7)
    @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    void anAcceptedReportIsLocked() {
        ReportView r = reports.findReport(reportId);
        assertFalse(r.editable());
        refused("report.error.locked", () -> reports.saveDraft(reportId, r.version(), List.of(), Map.of()));
        refused("report.error.locked", () -> reports.attach(reportId, r.version(), ServiceCatalog.pdf("x.pdf")));
        refused("report.error.locked", () -> reports.submit(reportId, r.version()));
    }

    @Test
    @Order(8)
    @AsUser(name = "coop.ales", roles = COOPERATION_OFFICER)
    void theLeadOfficerIsAskedTheSteeringCommitteesMeetings() {
        long post = demo().number("select id from cooperation_post where officer_username = 'coop.ales'");
        long id = reports.open(post, lastYear() + 1);
        ReportView r = reports.findReport(id);
        assertTrue(r.ctgLead());
        FrameIndicator first = r.functions().get(0).indicators().get(0);
        assertEquals("1.1-S1", first.code());
        assertEquals(AnswerType.COUNT, first.answerType());
        assertTrue(first.wording()
                .startsWith("Nombre de réunions de l'instance de pilotage (uniquement pour le coopérateur "
                        + "chef de projet CTG)"));
        assertTrue(r.missing().contains("1.1-S1"));
        assertNull(r.answers().get("1.1-S1"));
    }

    @Test
    @Order(9)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafEvaluatesThePostYearByYear() {
        long post = post();
        assertTrue(evaluations.postEvaluations(post).stream().anyMatch(e -> e.kind() == EvaluationKind.ANNUAL
                && Integer.valueOf(lastYear()).equals(e.reportYear())),
                "the annual evaluation came with the acceptance");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        refused("evaluation.error.kind", () -> evaluations.write(post, EvaluationKind.ANNUAL, today, "x", null));
        refused("evaluation.error.date",
                () -> evaluations.write(post, EvaluationKind.INTERMEDIATE, today.plusDays(1), "x", null));
        refused("evaluation.error.text", () -> evaluations.write(post, EvaluationKind.INTERMEDIATE, today, " ", null));
        refused("evaluation.error.conclusion",
                () -> evaluations.write(post, EvaluationKind.END_OF_TERM, today, "Bilan", null));
        evaluations.write(post, EvaluationKind.INTERMEDIATE, today.minusDays(10),
                "Comité technique : démarche engagée.",
                RenewalConclusion.DO_NOT_RENEW);
        assertEquals(null, evaluations.postEvaluations(post).get(0).conclusion(),
                "no conclusion on an intermediate one");

        IndicatorHistory history = evaluations.history(post);
        assertTrue(history.years().contains(lastYear()));
        IndicatorHistory.Line supports = history.lines().stream().filter(l -> l.code().equals("4.2-S1")).findFirst()
                .orElseThrow();
        assertEquals(5, supports.postCounts().get(lastYear()));
        assertTrue(supports.territoryCounts().get(lastYear()) >= 5);
        evaluations.write(post, EvaluationKind.END_OF_TERM, today, "Indicateurs en progression, pesée conforme.",
                RenewalConclusion.RENEW_WITH_CONDITIONS);
        assertEquals(RenewalConclusion.RENEW_WITH_CONDITIONS, evaluations.postEvaluations(post).get(0).conclusion());
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'EVALUATION_WRITTEN' "
                + "and entity_id = ? and detail like '%renouveler sous conditions%'", post));
        assertEquals(MilestoneState.DONE, plan.postMilestones(post).milestones().stream()
                .filter(m -> m.milestone() == Milestone.EVALUATIONS_SET_UP).findFirst().orElseThrow().state(),
                "phase 1: the post's evaluations exist in the portal");
    }

    @Test
    @Order(10)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theDailyJobRemindsOnceBeforeAndOnceAtTheDueDateOfReportsNotSent() {
        int year = lastYear() + 2;
        String subject = "Rappel : rapport d’activité " + year + " à remettre le 30/06/" + (year + 1) + "%";
        assertEquals(0, deadlines.sendReminders(LocalDate.of(year + 1, 6, 1)), "too early");
        assertTrue(deadlines.sendReminders(LocalDate.of(year + 1, 6, 20)) >= 1);
        assertEquals(1, demo().mails("rh.uzes@demo.ctg-portal.invalid", subject));
        assertEquals(0, deadlines.sendReminders(LocalDate.of(year + 1, 6, 21)), "once");
        assertTrue(deadlines.sendReminders(LocalDate.of(year + 1, 7, 1)) >= 1);
        assertEquals(1, demo().mails("rh.uzes@demo.ctg-portal.invalid", "Rapport d’activité " + year + " attendu%"));
        deadlines.sendReminders(LocalDate.of(lastYear() + 1, 6, 20));
        assertEquals(0,
                demo().mails("rh.uzes@demo.ctg-portal.invalid", "Rappel : rapport d’activité " + lastYear() + "%"),
                "a report sent is not reminded");
    }

    @Test
    @Order(11)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void theEmployerNamesAnotherOfficer() {
        long post = post();
        long version = demo().number("select version from cooperation_post where id = ?", post);
        refused("post.error.officerAccount", () -> posts.assignOfficer(post, version, "un compte ; drop", false));
        assertThrows(ConcurrentEditException.class, () -> posts.assignOfficer(post, version - 1, "coop.autre", false));
        posts.assignOfficer(post, version, "coop.autre", false);
        assertEquals("coop.autre", posts.findPost(post).officerUsername());
    }

    @Test
    @Order(12)
    @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    void theFormerOfficerNoLongerReachesThePostsReports() {
        assertThrows(NotFoundException.class, () -> reports.findReport(reportId));
        assertTrue(reports.myReports().isEmpty());
    }

    @Test
    @Order(13)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void theEmployerNamesItsOfficerBack() {
        long post = demo().number("select id from cooperation_post where officer_username = 'coop.autre'");
        posts.assignOfficer(post, demo().number("select version from cooperation_post where id = ?", post), "coop.uzes",
                false);
        assertEquals(2,
                demo().number("select count(*) from audit_event where action = 'OFFICER_ASSIGNED' and entity_id = ?",
                        post),
                "both assignments audited");
    }
}
