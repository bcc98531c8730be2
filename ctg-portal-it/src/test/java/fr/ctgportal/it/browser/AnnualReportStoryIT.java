package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer's annual report through the real login: Pays d'Uzès's officer starts this year's
 * report, saves an incomplete draft, is told what is missing, completes and sends it; the Caf
 * advisor accepts it; the officer finds it locked.
 */
class AnnualReportStoryIT extends BrowserTest {

    @Test
    void anOfficerFillsSavesCompletesAndSendsAndTheCafAccepts() {
        String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/Paris")).getYear());
        signInAs("coop.uzes");
        browser.waitFor(By.id("nav-rapports")).click();
        assertEquals("Rapports d’activité", browser.heading());
        rowOf(year).findElement(By.cssSelector("button[id$='open']")).click();
        browser.waitForText(By.id("messages"), "Rapport commencé.");
        assertEquals("Rapport d’activité", browser.heading());

        List<WebElement> counts = browser.driver().findElements(By.cssSelector("input[id$=':count']"));
        counts.get(0).sendKeys("3");
        browser.driver().findElement(By.id("report:save")).click();
        browser.waitForText(By.id("messages"), "Brouillon enregistré.");
        assertTrue(browser.textOf(By.id("missing")).contains("2.1-S1 Nombre de partenaires associés"));

        clickAndConfirm(By.id("report:submit"));
        browser.waitForText(By.id("messages"), "Le rapport ne peut pas encore être transmis.");
        assertEquals("3",
                browser.valueOf(By.cssSelector("input[id$=':count']"), 0),
                "what was typed is kept");

        browser.driver().findElements(By.cssSelector("input[id$=':count']")).forEach(c -> {
            c.clear();
            c.sendKeys("2");
        });
        browser.driver().findElements(By.cssSelector("textarea[id$=':text'], textarea[id$='functionText']"))
                .forEach(t -> t.sendKeys("Réunions avec les partenaires du territoire"));
        clickAndConfirm(By.id("report:submit"));
        browser.waitForText(By.id("messages"), "Rapport transmis à la Caf.");
        assertEquals("Transmis à la Caf", browser.textOf(By.id("report-status")));
        String reportUrl = browser.driver().getCurrentUrl();
        String id = reportUrl.substring(reportUrl.indexOf("id=") + 3);

        switchTo("conseil.sud");
        browser.waitFor(By.id("nav-rapports")).click();
        new Select(browser.waitFor(By.id("year:choice"))).selectByVisibleText(year);
        browser.waitForText(By.id("report-table"), "Transmis à la Caf");
        browser.open(portal.baseUrl() + "/caf/rapports/rapport.xhtml?id=" + id);
        assertTrue(browser.textOf(By.id("indicator-4.2-E1"))
                .contains("Meilleure visibilité exprimée par les habitants"));
        browser.waitFor(By.id("review:comment")).sendKeys("Activité soutenue, diagnostic partagé engagé.");
        clickAndConfirm(By.id("review:accept"));
        browser.waitForText(By.id("messages"), "Rapport accepté : il est verrouillé.");
        assertEquals("Accepté", browser.textOf(By.id("report-status")));
        fullScreenshot("rapport-accepte");

        switchTo("coop.uzes");
        browser.open(portal.baseUrl() + "/collectivite/rapports/rapport.xhtml?id=" + id);
        assertEquals("Accepté", browser.textOf(By.id("report-status")));
        assertTrue(browser.driver().findElements(By.id("report:save")).isEmpty(), "locked: nothing to save");
    }

    private WebElement rowOf(String year) {
        return browser.waitFor(By.id("report-table")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.findElements(By.tagName("td")).size() > 1
                        && tr.findElements(By.tagName("td")).get(1).getText().equals(year))
                .findFirst().orElseThrow();
    }
}
