package fr.ctgportal.ejb.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.model.regulation.Competence;
import fr.ctgportal.model.regulation.CompetenceStatus;
import fr.ctgportal.model.regulation.IndicatorRow;
import fr.ctgportal.model.regulation.OutlookCause;
import fr.ctgportal.model.regulation.PostProfile;
import fr.ctgportal.model.regulation.PostYear;
import fr.ctgportal.model.regulation.RedeploymentOutlook;
import fr.ctgportal.model.regulation.RegulationIndicators;
import fr.ctgportal.model.regulation.TerritoryInputs;
import fr.ctgportal.model.regulation.Typology;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The steering documents from a small computed view: numbers stay numbers in the workbook, the PDF reads. */
class SteeringDocumentsTest {

    private static final BigDecimal MIN = new BigDecimal("0.25");

    private static SteeringView view() {
        List<TerritoryInputs> inputs = List.of(
                new TerritoryInputs(1, "CC Alpha", 10_000, new BigDecimal("100"), 4, 2, new BigDecimal("2.00"),
                        new BigDecimal("40000"), new BigDecimal("36000")),
                new TerritoryInputs(2, "CC Bêta", 5_000, new BigDecimal("50"), null, 0, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO));
        List<IndicatorRow> rows = RegulationIndicators.territories(inputs, 50_000);
        Typology typology = Typology.of(List.of(new PostProfile(1, new BigDecimal("1.00"), BigDecimal.ONE, true, false),
                new PostProfile(1, new BigDecimal("1.00"), BigDecimal.ONE, false, false)), MIN);
        SteeringLine alpha = new SteeringLine("CC Alpha", rows.get(0), LocalDate.of(2026, 1, 1), "conseil.nord",
                Map.of(Competence.YOUTH, CompetenceStatus.TRANSFERRED), "Montagne", typology, 1L);
        SteeringLine beta = new SteeringLine("CC Bêta", rows.get(1), null, null, Map.of(), null,
                Typology.of(List.of(), MIN), null);
        IndicatorRow d = RegulationIndicators.department(inputs, 50_000, "Département du Gard");
        return new SteeringView(LocalDate.of(2026, 11, 29), 2026, List.of(alpha, beta),
                new SteeringLine("Département du Gard", d, LocalDate.of(2024, 11, 15), null, Map.of(), null, typology,
                        null),
                50_000, LocalDate.of(2024, 11, 15), "INSEE", new BigDecimal("1537422"), new BigDecimal("63.21"), true);
    }

    private static OutlookView outlook() {
        PostProfile p = new PostProfile(1, new BigDecimal("1.00"), BigDecimal.ONE, true, false);
        List<PostYear> lines = List.of(
                new PostYear(1, 2026, p, new BigDecimal("20000"), new BigDecimal("18000"), true,
                        Set.of(OutlookCause.CEILING)),
                new PostYear(1, 2027, p, new BigDecimal("20000"), BigDecimal.ZERO, false,
                        Set.of(OutlookCause.DIRECTOR)));
        List<RedeploymentOutlook.Cell> cells = RedeploymentOutlook.byYear(lines, 1L, MIN);
        return new OutlookView(List.of(2026, 2027), List.of(new OutlookView.Row("CC Alpha", cells)),
                new OutlookView.Row("Département du Gard", RedeploymentOutlook.byYear(lines, null, MIN)), List.of(),
                new BigDecimal("1537422"), new BigDecimal("63.21"));
    }

    @Test
    void theWorkbookHoldsNumbersAndADashIsAnEmptyCell() throws Exception {
        DocumentDownload xlsx = SteeringDocuments.xlsx(view(), outlook());
        assertTrue(xlsx.fileName().endsWith(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = book.getSheet("Indicateurs");
            assertEquals(4, sheet.getPhysicalNumberOfRows(), "header, two territories, the department");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(10_000, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(20_000, sheet.getRow(1).getCell(6).getNumericCellValue(), "indicator 1, bonus basis");
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(6).getCellType(), "no post: no figure");
            assertEquals("Département du Gard", sheet.getRow(3).getCell(0).getStringCellValue());
            Sheet outlook = book.getSheet("Perspective");
            assertEquals(20_000, outlook.getRow(2).getCell(4).getNumericCellValue(),
                    "2027: the director's bonus freed");
        }
    }

    @Test
    void thePdfIsThePageForTheCommissionWithItsCharts() throws Exception {
        DocumentDownload pdf = SteeringDocuments.pdf(view(), outlook());
        Path out = Path.of("target", "pilotage-test.pdf");
        Files.write(out, pdf.content());
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("CC Alpha") && text.contains("Département"), text);
            assertTrue(text.replaceAll("[\\s\\u00a0\\u202f]", "").contains("20000,00"), text);
            assertEquals(3, images(document), "the three charts, drawn as images");
            // Columns fit their longest word: a word is never cut across two lines.
            for (String word : List.of("coopération", "Superficie", "administratifs", "Typologie", "structure")) {
                assertTrue(text.contains(word), word + " whole in:\n" + text);
            }
            assertTrue(text.contains("2027"), "the typology year by year");
        }
    }

    @Test
    void aTerritoryWithoutFiguresForTheOutlooksYearsGetsDashesInThePdf() throws Exception {
        OutlookView full = outlook();
        OutlookView withEmptyRow = new OutlookView(full.years(),
                List.of(full.territories().get(0), new OutlookView.Row("CC Sans Dates", List.of())), full.department(),
                full.posts(), full.budget(), full.budgetFte());
        DocumentDownload pdf = SteeringDocuments.pdf(view(), withEmptyRow);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("CC Sans Dates") && text.contains("—"), text);
        }
    }

    @Test
    void theWorkbookHasTheTypologyYearByYear() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(SteeringDocuments.xlsx(view(), outlook()).content()))) {
            Sheet sheet = book.getSheet("Typologie par année");
            assertEquals(5, sheet.getPhysicalNumberOfRows(), "header, CC Alpha and the department in 2026 and 2027");
            assertEquals(2026, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(1, sheet.getRow(1).getCell(4).getNumericCellValue(), "the director funded in 2026");
            assertEquals(0, sheet.getRow(2).getCell(2).getNumericCellValue(), "no post funded in 2027");
        }
    }

    /** @return the number of images drawn on the PDF's pages */
    static int images(PDDocument document) throws java.io.IOException {
        int count = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().isImageXObject(name)) {
                    count++;
                }
            }
        }
        return count;
    }
}
