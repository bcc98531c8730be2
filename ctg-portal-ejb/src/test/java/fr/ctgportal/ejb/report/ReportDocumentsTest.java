package fr.ctgportal.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.ctgportal.ejb.account.People;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.AnswerType;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.IndicatorKind;
import fr.ctgportal.model.report.ReportAnswer;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.territory.Territory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A report's PDF (every answer under its question, the dates, the evaluation, the attachments) and a year's
 * workbook (typed cells, two columns for "nombre et nature", no formula from a user's text), without a container.
 */
class ReportDocumentsTest {

    private static final Instant SENT = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant ACCEPTED = Instant.parse("2026-04-02T09:00:00Z");

    static final IndicatorFrame FRAME = new IndicatorFrame(IndicatorFrame.CURRENT_EDITION, List.of(
            new FrameFunction("1.1", 1, "Piloter", "Animer le Copil", "", List.of(
                    new FrameIndicator("1.1-S2", "1.1", IndicatorKind.FOLLOW_UP, AnswerType.COUNT_AND_TEXT, false,
                            "Nombre et nature des expertises mobilisées dans le Copil ou groupes de travail"),
                    new FrameIndicator("1.1-S3", "1.1", IndicatorKind.FOLLOW_UP, AnswerType.COUNT, false,
                            "Nombre de réunions"))),
            new FrameFunction("2.1", 2, "Informer", "Faire connaître", "", List.of(
                    new FrameIndicator("2.1-S1", "2.1", IndicatorKind.EVALUATION, AnswerType.TEXT, false,
                            "Appréciation des partenaires")))));

    static CooperationPost post() {
        Territory territory = new Territory() {
            @Override
            public String getName() { return "Pays d'Uzès"; }
        };
        Authority employer = new Authority() {
            @Override
            public String getName() { return "CC Pays d'Uzès"; }
        };
        return new CooperationPost() {
            @Override
            public Long getId() { return 42L; }

            @Override
            public String getTitle() { return "Chargé·e de coopération CTG"; }

            @Override
            public String getHolderName() { return "Zoé Lefèvre-李 ✓"; }

            @Override
            public Territory getTerritory() { return territory; }

            @Override
            public Authority getEmployer() { return employer; }
        };
    }

    private static AnnualReport accepted(CooperationPost post) {
        AnnualReport report = AnnualReport.open(post, "coop.uzes", 2025, false, LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 3, 1));
        report.saveDraft(FRAME, List.of(new ReportAnswer("1.1-S2", 3, "=HYPERLINK(\"http://x\";\"clic\")"),
                new ReportAnswer("1.1-S3", 7, null), new ReportAnswer("2.1-S1", null, "@SUM(A1) très bonne")),
                Map.of("1.1", "-2 Copil reportés\nTrois Copil tenus.", "2.1", "+ Une lettre."), SENT);
        report.submit(FRAME, Stamp.of("coop.uzes", SENT));
        return withId(report, 7L);
    }

    /** As saved: the database gives the id. */
    private static <T> T withId(T entity, long id) {
        try {
            java.lang.reflect.Field field = fr.ctgportal.model.shared.IdentifiedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWorkbookHasTypedCellsAndNoFormula() throws IOException {
        CooperationPost post = post();
        AnnualReport report = accepted(post);
        report.accept("Bonne année.", Stamp.of("conseil.sud", ACCEPTED), LocalDate.of(2026, 4, 2));
        byte[] xlsx = ReportDocuments.xlsxDownload(FRAME, List.of(report), 2025, login -> "Nom de " + login)
                .content();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            assertEquals(2, sheet.getPhysicalNumberOfRows());
            assertEquals("Territoire", header.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(2).getCellType(), "the post's number");
            assertEquals(42, row.getCell(2).getNumericCellValue());
            assertEquals("Zoé Lefèvre-李 ✓", row.getCell(4).getStringCellValue(), "the holder");
            assertEquals("Nom de coop.uzes", row.getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(6).getCellType(), "the year");
            assertEquals(2025, row.getCell(6).getNumericCellValue());
            assertEquals("Accepté par la Caf", row.getCell(7).getStringCellValue());
            assertEquals(LocalDate.of(2026, 6, 30), row.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", row.getCell(8).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 3, 10), row.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(LocalDate.of(2026, 4, 2), row.getCell(10).getLocalDateTimeCellValue().toLocalDate());

            assertEquals("1.1-S2 Nombre et nature des expertises mobilisées dans le Copil ou groupes de travail – "
                    + "nombre", header.getCell(11).getStringCellValue());
            assertTrue(header.getCell(12).getStringCellValue().endsWith("– nature"));
            assertEquals(CellType.NUMERIC, row.getCell(11).getCellType(), "a count is a number: columns add up");
            assertEquals(3, row.getCell(11).getNumericCellValue());
            assertEquals(CellType.STRING, row.getCell(12).getCellType(), "a formula typed stays text");
            assertEquals("=HYPERLINK(\"http://x\";\"clic\")", row.getCell(12).getStringCellValue());
            assertTrue(row.getCell(12).getCellStyle().getQuotePrefixed());
            assertEquals(7, row.getCell(13).getNumericCellValue());
            assertEquals("@SUM(A1) très bonne", row.getCell(14).getStringCellValue());
            assertTrue(row.getCell(14).getCellStyle().getQuotePrefixed());
            for (Row r : sheet) {
                r.forEach(c -> assertFalse(c.getCellType() == CellType.FORMULA, c.getAddress().toString()));
            }
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
            assertTrue(sheet.getColumnWidth(12) > sheet.getColumnWidth(11), "a text column is wider");
        }
    }

    @Test
    void theReportPdfHasTheDatesEveryAnswerUnderItsQuestionTheEvaluationAndTheAttachments() throws IOException {
        CooperationPost post = post();
        AnnualReport report = accepted(post);
        report.askAdditions("Joindre le compte rendu du Copil.", Stamp.of("conseil.sud", SENT.plusSeconds(86_400)));
        report.submit(FRAME, Stamp.of("coop.uzes", SENT.plusSeconds(2 * 86_400)));
        Evaluation annual = report.accept("Activité soutenue ; diagnostic partagé.",
                Stamp.of("conseil.sud", ACCEPTED), LocalDate.of(2026, 4, 2));
        ReportView view = ReportView.of(report, FRAME, ReportReader.CAF, false, LocalDate.of(2026, 4, 3), annual);
        People people = new People() {
            @Override
            public String nameOf(String login) {
                return "Nom de " + login;
            }

            @Override
            public String nameAndRoleOf(String login) {
                return "Nom de " + login + ", rôle";
            }
        };
        byte[] pdf = ReportDocuments.pdfDownload(view, post, annual, people).content();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Poste CTG-0042 « Chargé·e de coopération CTG » – titulaire : Zoé Lefèvre-李 ✓"), all);
        assertTrue(all.contains("Chargé(e) de coopération : Nom de coop.uzes"), "by name, not login: " + all);
        assertTrue(all.contains("Transmis à la Caf le 12/03/2026"), all);
        assertTrue(all.contains("Accepté par la Caf le 02/04/2026, par Nom de conseil.sud, rôle"), all);
        assertTrue(all.contains("Nombre : 3"), all);
        assertTrue(all.contains("Compléments demandés par la Caf (le 11/03/2026, par Nom de conseil.sud,"), all);
        assertTrue(all.contains("Joindre le compte rendu du Copil."), all);
        assertTrue(all.indexOf("Compléments demandés") < all.indexOf("Évaluation annuelle"), "history in order");
        assertTrue(all.contains("Évaluation annuelle de la Caf (le 02/04/2026, par Nom de conseil.sud, rôle)"), all);
        assertTrue(all.contains("Activité soutenue ; diagnostic partagé."), all);
        assertTrue(all.contains("Aucune pièce jointe."), all);
    }
}
