package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Caf's steering page (issue 16) as a manager reads it: every territory against the department,
 * sorted by indicator 4, the charts drawn, and the table downloaded as an XLSX whose figures are numbers;
 * an advisor sees their portfolio only.
 */
class SteeringStoryIT extends BrowserTest {

    private static final By ROWS = By.cssSelector("[id='indicators:table_data'] > tr");

    @Test
    void aManagerSortsByIndicator4AndDownloadsTheTable() throws Exception {
        signInAs("direction.caf");
        browser.waitFor(By.id("nav-pilotage")).click();
        assertEquals("Pilotage du réseau", browser.heading());
        List<WebElement> rows = browser.driver().findElements(ROWS);
        assertEquals(number("select count(*) from territory where name <> ?", ""),
                rows.size(), "every territory");
        assertTrue(browser.textOf(By.cssSelector("[id='indicators:table'] tfoot"))
                .contains("Département du Gard"), "the department's row");
        assertFalse(browser.driver().findElements(By.cssSelector("#gap-chart canvas")).isEmpty(), "charts drawn");

        browser.waitFor(By.cssSelector("th[id='indicators:table:i4']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "ascending".equals(d.findElement(By.cssSelector("th[id='indicators:table:i4']"))
                        .getAttribute("aria-sort")));
        List<BigDecimal> gaps = browser.driver().findElements(By.cssSelector("[id='indicators:table_data'] > tr"))
                .stream().map(r -> r.findElements(By.tagName("td")).get(6).getText()).map(SteeringStoryIT::percent)
                .toList();
        assertEquals(gaps.stream().sorted().toList(), gaps, "sorted by indicator 4: " + gaps);
        for (WebElement row : browser.driver().findElements(ROWS)) {
            String text = row.findElements(By.tagName("td")).get(6).getText();
            assertTrue(text.matches("[-−]?[0-9]+(,[0-9]{1,2})?[\u00a0 ]%"), "at most two decimals: " + text);
        }
        assertFrenchCharts();
        assertEquals(Boolean.TRUE, js("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the wide tables scroll inside their region, not the page");
        int years = browser.driver().findElements(By.cssSelector("#outlook thead th")).size() - 1;
        assertEquals(years, browser.driver().findElements(By.cssSelector("#typology-years tbody tr")).size(),
                "the department's typology, one row per year of the outlook");
        fullScreenshot("pilotage-tri-indicateur-4");

        String href = browser.waitFor(By.id("export-xlsx")).getAttribute("href");
        HttpResponse<byte[]> file = downloadWithTheBrowsersSession(href);
        assertEquals(200, file.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Indicateurs", sheet.getSheetName());
            assertEquals(rows.size() + 2, sheet.getPhysicalNumberOfRows(), "header, territories, department");
            for (int r = 1; r < sheet.getPhysicalNumberOfRows(); r++) {
                assertEquals(CellType.NUMERIC, sheet.getRow(r).getCell(1).getCellType(), "population, row " + r);
                assertEquals(CellType.NUMERIC, sheet.getRow(r).getCell(3).getCellType(), "FTE, row " + r);
            }
        }
        HttpResponse<byte[]> pdf = downloadWithTheBrowsersSession(browser.waitFor(By.id("export-pdf"))
                .getAttribute("href"));
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "it-work", "pilotage-cas.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(3, images, "the PDF for the Commission carries the three charts");
        }

        // A reform preview: a ceiling of 50,000 € from a future day, side by side with the parameters in force.
        long recorded = number("select count(*) from doctrine_parameter_change where parameter <> ?", "");
        browser.waitFor(By.id("reform-form:reformFrom:date")).sendKeys("01/01/2090");
        // (an amount no other test records: the ceiling in force then depends on what other tests recorded)
        browser.waitFor(By.id("reform-form:ceiling")).sendKeys("51234");
        browser.waitFor(By.id("reform-form:preview")).click();
        String drafts = browser.textOf(By.id("reform-drafts"));
        java.util.regex.Matcher change = java.util.regex.Pattern
                .compile("Plafond de coût par ETP : ([0-9 ]+,[0-9]{2} €) → 51 234,00 €").matcher(drafts);
        assertTrue(change.find(), "the ceiling in force, then the draft: " + drafts);
        assertNotEquals("51 234,00 €", change.group(1), drafts);
        assertTrue(browser.textOf(By.id("reform-total")).endsWith("€"));
        for (String field : List.of("ceiling", "rate", "minShare", "minNewShare", "minNewFte", "minCofinancing",
                "vacancyMonths")) {
            assertTrue(browser.waitFor(By.id("reform-form:" + field)).isDisplayed(), "every parameter: " + field);
        }
        assertEquals(years, browser.driver().findElements(By.cssSelector("#reform-outlook tbody tr")).size(),
                "the reform's effect on the outlook, year by year, next to the baseline");
        assertEquals(recorded, number("select count(*) from doctrine_parameter_change where parameter <> ?", ""),
                "nothing recorded");
        fullScreenshot("pilotage-apercu-reforme");
    }

    @Test
    void anAdvisorSeesTheirPortfolioAgainstTheDepartment() {
        signInAs("conseil.nord");
        browser.open(portal.baseUrl() + "/caf/pilotage.xhtml");
        assertEquals("Pilotage du réseau", browser.heading());
        assertEquals(7, browser.driver().findElements(ROWS).size(), "conseil.nord follows seven territories");
        assertTrue(browser.waitFor(By.id("scope-note")).isDisplayed());
        assertFalse(browser.pageText().contains("CC Pays d'Uzès"), "another advisor's territory");
        assertTrue(browser.driver().findElements(By.id("reform-form")).isEmpty(), "the reform preview is a manager's");
        fullScreenshot("pilotage-conseiller");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** The charts' axes and tooltips read French-style: "12 000 €", "0,8", "4,5 %". */
    private void assertFrenchCharts() {
        waitUntil(d -> Boolean.TRUE.equals(js("return !!(window.PF && PF('perFteChart') && PF('perFteChart').chart"
                + " && PF('gapChart').chart && PF('scatterChart').chart)")));
        @SuppressWarnings("unchecked")
        List<String> money = (List<String>) js("return PF('perFteChart').chart.scales.x.ticks.map(t => t.label)");
        assertFalse(money.isEmpty());
        money.forEach(t -> assertTrue(t.matches("[-−]?[0-9]{1,3}(\u00a0[0-9]{3})*\u00a0€"), "an amount: " + t));
        @SuppressWarnings("unchecked")
        List<String> gap = (List<String>) js("return PF('gapChart').chart.scales.x.ticks.map(t => t.label)");
        gap.forEach(t -> assertTrue(t.matches("[-−]?[0-9]+(,[0-9])?\u00a0%"), "a percentage: " + t));
        assertEquals("4,5\u00a0%", js("return PF('gapChart').chart.options.plugins.tooltip.callbacks.label("
                + "{parsed: {x: 4.5}})"));
        assertEquals("12\u00a0000\u00a0€", js("return ctgSteeringFormats.money(12000)"));
        assertEquals("0,8", js("return ctgSteeringFormats.number(0.8, 2)"));
        @SuppressWarnings("unchecked")
        List<Object> names = (List<Object>) js("return PF('gapChart').chart.scales.y.ticks.map(t => t.label)");
        assertEquals(browser.driver().findElements(ROWS).size(), names.size(), "every territory named, none skipped");
    }

    /** "−12,34 %" or "-12,34 %" → -12.34 ("—" sorts first as null would: not expected in the demo). */
    private static BigDecimal percent(String text) {
        String number = text.replace('−', '-').replaceAll("[^0-9,\\-]", "").replace(',', '.');
        return new BigDecimal(number);
    }
}
