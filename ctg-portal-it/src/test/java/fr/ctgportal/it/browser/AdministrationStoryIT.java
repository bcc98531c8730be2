package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator lands in the administration area, creates a territory from the official list
 * (CC Rhône Lez Provence, which no other test reads), is told it has no advisor, and is refused an
 * authority whose SIREN fails its Luhn key, in French.
 */
class AdministrationStoryIT extends BrowserTest {

    @Test
    void theAdministratorCreatesATerritoryFromTheOfficialList() {
        signInAs("admin.ctg");
        assertEquals("Administration : territoires, collectivités, portefeuilles", browser.heading());
        assertTrue(browser.driver().getCurrentUrl().contains("/admin/"));

        text("newTerritory:search", "Rhône Lez");
        browser.driver().findElement(By.id("newTerritory:find")).click();
        new Select(browser.waitFor(By.id("newTerritory:epci"))).selectByValue("200000628");
        type("newTerritory:area", "245,5");
        text("newTerritory:reason", "Ctg signée le 01/01/2026");
        browser.driver().findElement(By.id("newTerritory:create")).click();
        browser.waitForText(By.id("messages"), "La modification est enregistrée.");
        assertTrue(browser.pageText().contains("Le territoire CC Rhône Lez Provence n’a aucun conseiller"));
        assertEquals(1, number("select count(*) from territory where siren = ? and population = 24385", "200000628"),
                "population prefilled from the list");

        text("authorityForm:siren", "200000629");
        text("authorityForm:name", "Collectivité au SIREN faux");
        new Select(browser.waitFor(By.id("authorityForm:type"))).selectByVisibleText("commune");
        new Select(browser.waitFor(By.id("authorityForm:territory"))).selectByVisibleText("CC Rhône Lez Provence");
        text("authorityForm:reason", "essai");
        browser.driver().findElement(By.id("authorityForm:save")).click();
        browser.waitForText(By.id("messages"), "n’est pas valide : 9 chiffres dont le dernier est la clé de contrôle");
        fullScreenshot("admin-reference-data");
    }
}
