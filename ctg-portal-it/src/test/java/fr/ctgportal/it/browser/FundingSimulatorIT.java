package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The funding simulator and the doctrine's verdict on a post page, through the real login: the
 * doctrine's worked example on the first screen, the amounts it gives when the inputs change, a
 * blocking finding, a field refused in French, and the verdict section of a demo post.
 */
class FundingSimulatorIT extends BrowserTest {

    /** The simulator's amount (Selenium reports the no-break spaces of the French format as spaces). */
    private static final By AMOUNT = By.cssSelector("#result [id$='caf-funding']");
    private static final By OUTCOME = By.cssSelector("#result [id$='outcome']");
    @Test
    void theSimulatorShowsTheDoctrinesAmountsFindingsAndRefusals() {
        signInAs("rh.ales");
        assertEquals("Nos postes de chargé(e) de coopération", browser.heading());
        browser.waitFor(By.id("nav-simulateur")).click();
        assertEquals("Simulateur de financement", browser.heading());
        assertTrue(browser.pageText().contains("Espace collectivité"), "in the authority's area");

        // the doctrine's worked example: 50 000 €, 1 FTE, 50 % → 12 000 €
        assertEquals("12 000,00 €", browser.textOf(AMOUNT));
        assertEquals("Financé", browser.textOf(OUTCOME));
        String steps = browser.textOf(By.cssSelector("#result table.ctg-steps"));
        assertTrue(steps.contains("48 000,00 €") && steps.contains("24 000,00 €"), steps);
        String parameters = browser.textOf(By.cssSelector("#result table.ctg-parameters"));
        assertTrue(parameters.contains("Plafond de coût par ETP") && parameters.contains("15/11/2024"), parameters);
        fullScreenshot("simulateur-exemple");

        type("sim:share", "100");
        compute();
        browser.waitForText(AMOUNT, "24 000,00 €");
        fullScreenshot("simulateur-100");

        type("sim:share", "20");
        browser.driver().findElement(By.cssSelector("label[for='sim:phase:1']")).click();
        compute();
        WebElement finding = browser.waitFor(By.cssSelector("#result li[data-code='SHARE_BELOW_25']"));
        assertEquals("0,00 €", browser.textOf(AMOUNT));
        assertEquals("Non financé", browser.textOf(OUTCOME));
        assertEquals("BLOCKING", finding.getAttribute("data-severity"));
        assertTrue(finding.getText().contains("Bloquant"), "the severity is written, not only coloured");
        assertTrue(finding.getText().contains("inférieure au minimum de 25 %"), finding.getText());
        assertTrue(browser.textOf(By.cssSelector("#result [id$='phase']")).startsWith("Phase 2"));
        fullScreenshot("simulateur-quotite-20-phase-2");

        String before = browser.textOf(By.cssSelector("#result .ctg-decision"));
        type("sim:fte", "1,5");
        compute();
        browser.waitForText(By.id("sim:fte-message"),
                "Indiquez un temps de travail supérieur à 0 et au plus de 1 ETP");
        assertEquals("0,00 €", browser.textOf(AMOUNT), "the refused input changes no result");
        assertEquals(before, browser.textOf(By.cssSelector("#result .ctg-decision")),
                "the last valid simulation stays on screen");
        fullScreenshot("simulateur-etp-refuse");

        browser.driver().findElement(By.id("sim:example")).click();
        browser.waitForText(AMOUNT, "12 000,00 €");
        assertTrue(browser.driver().findElements(By.cssSelector("#sim\\:fte-message.ui-message-error")).isEmpty(),
                "back to the example: no error left");
    }

    @Test
    void thePostPageShowsTheDoctrinesVerdict() {
        signInAs("rh.ales");
        browser.waitFor(By.cssSelector("a.post-link")).click();
        assertEquals("Fiche du poste", browser.heading());
        WebElement verdict = browser.waitFor(By.id("post-verdict"));
        assertTrue(verdict.getText().startsWith("Verdict de la doctrine"), verdict.getText());
        String amount = browser.textOf(By.cssSelector("#post-verdict [id$='caf-funding']"));
        assertTrue(amount.matches("\\d{1,3}( \\d{3})*,\\d{2} €"), amount);
        assertTrue(verdict.getText().contains("Phase de mise en conformité"));
        assertTrue(verdict.getText().contains("Détail du calcul"));
        assertFalse(verdict.getText().contains("n’a pas pu être calculé"));
        fullScreenshot("poste-verdict");
    }

    @Test
    void theCafUsesTheSimulatorInItsAreaAndSeesTheDoctrineTotals() {
        signInAs("direction.caf");
        assertEquals("Territoires Ctg", browser.heading());
        String total = browser.textOf(By.cssSelector("[id$='total-doctrine']"));
        assertTrue(total.matches("\\d{1,3}( \\d{3})*,\\d{2} €"), total);
        assertTrue(browser.pageText().contains("Financement selon la doctrine"));
        fullScreenshot("caf-territoires-doctrine");

        // every territory page and post page shows the doctrine's figure, or says why it cannot
        browser.driver().findElements(By.cssSelector("a.territory-link")).stream()
                .filter(a -> a.getText().equals("CC Pays d'Uzès")).findFirst().orElseThrow().click();
        assertEquals("CC Pays d'Uzès", browser.textOf(By.id("territory-name")));
        assertFalse(browser.textOf(By.id("territory-doctrine-funding")).isBlank());
        fullScreenshot("caf-territoire-uzes");
        browser.waitFor(By.cssSelector("a.post-link")).click();
        assertEquals("Fiche du poste", browser.heading());
        assertFalse(browser.driver().findElements(By.cssSelector("#post-verdict [id$='caf-funding'], #verdict-problem"))
                .isEmpty(), "a verdict, or why there is none");
        fullScreenshot("caf-poste-uzes");

        browser.waitFor(By.id("nav-simulateur")).click();
        assertEquals("Simulateur de financement", browser.heading());
        assertTrue(browser.pageText().contains("Espace Caf"), "in the Caf's area");
        assertEquals("12 000,00 €", browser.textOf(AMOUNT));
    }

    private void compute() {
        browser.driver().findElement(By.id("sim:compute")).click();
    }
}
