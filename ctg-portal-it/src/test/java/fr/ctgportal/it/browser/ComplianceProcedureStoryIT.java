package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A compliance procedure through the real login: a Caf manager opens it from the post's page, the
 * authority's HR sees its milestones and shows its commitment, the manager concludes the post
 * compliant; the Caf's plan page shows the territory's phase.
 */
class ComplianceProcedureStoryIT extends BrowserTest {

    private static final String ALES = "200066918";

    @Test
    void aProcedureOpenedAnsweredAndClosedCompliant() {
        long post = number("select max(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ?", ALES);
        String cafPage = portal.baseUrl() + "/caf/poste.xhtml?id=" + post;
        String deadline = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        signInAs("direction.caf");
        browser.open(cafPage);
        assertTrue(browser.textOf(By.id("milestones")).contains("Phase 2"));
        browser.waitFor(By.id("openProcedure:ground:1")).click();
        WebElement reasons = browser.waitFor(By.id("openProcedure:reasons"));
        reasons.sendKeys("La pesée déclarée ne correspond pas au rapport d’activité.");
        clickAndConfirm(By.id("openProcedure:open"));
        browser.waitForText(By.id("messages"), "Indiquez l’échéance de réponse");
        assertEquals("La pesée déclarée ne correspond pas au rapport d’activité.",
                browser.valueOf(By.id("openProcedure:reasons")), "what was typed is kept");
        WebElement date = browser.waitFor(By.id("openProcedure:deadline:date"));
        date.sendKeys(deadline);
        clickAndConfirm(By.id("openProcedure:open"));
        browser.waitForText(By.id("messages"), "Procédure ouverte.");
        assertTrue(browser.textOf(By.id("procedures")).contains("En attente de la collectivité"));
        assertEquals(1, number("select count(*) from outgoing_mail where recipient = 'rh.ales@demo.ctg-portal.invalid' "
                + "and subject like 'Procédure de mise en conformité ouverte%' and body like ?", "%" + deadline + "%"));

        switchTo("rh.ales");
        browser.waitFor(By.id("nav-jalons")).click();
        assertEquals("Jalons de nos postes", browser.heading());
        assertTrue(browser.textOf(By.id("own-milestones")).contains("En retard"));
        browser.open(portal.baseUrl() + "/collectivite/poste.xhtml?id=" + post);
        WebElement commitment = browser.waitFor(By.id("answer:text"));
        commitment.sendKeys("Nouvelle pesée proposée au conseil communautaire de décembre.");
        clickAndConfirm(By.id("answer:send"));
        browser.waitForText(By.id("messages"), "Engagement transmis à la Caf.");
        assertTrue(
                browser.textOf(By.id("procedures")).contains("Engagement transmis, en attente de la Caf"));

        switchTo("direction.caf");
        browser.open(cafPage);
        browser.waitFor(By.id("close:reasons")).sendKeys("Engagement suffisant : pesée à revoir avant le 31/12.");
        clickAndConfirm(By.id("close:compliant"));
        browser.waitForText(By.id("messages"), "Procédure close : le poste est conforme.");
        WebElement procedures = browser.waitFor(By.id("procedures"));
        assertTrue(procedures.getText().contains("Close : poste conforme"), procedures.getText());
        assertTrue(procedures.getText().contains("Nouvelle pesée proposée au conseil communautaire de décembre."));
        fullScreenshot("procedure-close");

        browser.waitFor(By.id("nav-plan")).click();
        assertEquals("Plan de mise en conformité", browser.heading());
        WebElement territories = browser.waitFor(By.id("plan-territories"));
        assertTrue(territories.getText().contains("CA Alès Agglomération"), territories.getText());
        fullScreenshot("plan-de-conformite");
    }
}
