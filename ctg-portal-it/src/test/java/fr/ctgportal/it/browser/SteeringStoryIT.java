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
import org.openqa.selenium.By;
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
        assertTrue(browser.waitFor(By.cssSelector("[id='indicators:table'] tfoot")).getText()
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

        // A reform preview: a ceiling of 50,000 € from a future day, side by side with the parameters in force.
        long recorded = number("select count(*) from doctrine_parameter_change where parameter <> ?", "");
        browser.waitFor(By.id("reform-form:reformFrom:date")).sendKeys("01/01/2090");
        // (an amount no other test records: the ceiling in force then depends on what other tests recorded)
        browser.waitFor(By.id("reform-form:ceiling")).sendKeys("51234");
        browser.waitFor(By.id("reform-form:preview")).click();
        String drafts = browser.waitFor(By.id("reform-drafts")).getText();
        java.util.regex.Matcher change = java.util.regex.Pattern
                .compile("Plafond de coût par ETP : ([0-9 ]+,[0-9]{2} €) → 51 234,00 €").matcher(drafts);
        assertTrue(change.find(), "the ceiling in force, then the draft: " + drafts);
        assertNotEquals("51 234,00 €", change.group(1), drafts);
        assertTrue(browser.waitFor(By.id("reform-total")).getText().endsWith("€"));
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

    /** "−12,34 %" or "-12,34 %" → -12.34 ("—" sorts first as null would: not expected in the demo). */
    private static BigDecimal percent(String text) {
        String number = text.replace('−', '-').replaceAll("[^0-9,\\-]", "").replace(',', '.');
        return new BigDecimal(number);
    }
}
