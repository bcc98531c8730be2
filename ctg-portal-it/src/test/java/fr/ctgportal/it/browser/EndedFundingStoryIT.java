package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 13, through the real login: the authority sees on its home page that a compliance procedure
 * awaits its answer, sends its proof of commitment in the procedure's thread (a PDF), answers; the Caf
 * reads the thread, ends the funding; the post then says "Financement arrêté le …" on its page (no
 * doctrine error addressed to the Caf), in its territory's list, and its milestones are no longer late.
 * The post is the story's own (a copy of an Uzès post, without historical bonus).
 */
class EndedFundingStoryIT extends BrowserTest {

    private static final String UZES = "200034379";
    private static final String TITLE = "Story : financement arrêté";

    @Test
    void theEndOfAFundingIsShownTheSameEverywhere() throws IOException {
        long model = firstPostOf(UZES);
        update("insert into cooperation_post (territory_id, employer_id, title, holder_name, employment_fte, "
                + "cooperation_share, annual_cost, origin, status, qualification, employer_kind, cofinancing_share, "
                + "current_funding) select territory_id, employer_id, ?, 'Maé Navigatrice', 0.80, cooperation_share, "
                + "annual_cost, origin, 'FILLED', qualification, employer_kind, cofinancing_share, 0 "
                + "from cooperation_post where id = " + model, TITLE);
        long post = number("select max(id) from cooperation_post where title = ?", TITLE);
        update("insert into compliance_procedure (post_id, ground, status, reasons, deadline, opened_by, opened_at) "
                + "values (?, 'REALITY', 'OPEN', 'Aucune action de coopération visible.', "
                + "date_add(current_date(), interval 20 day), 'direction.caf', current_timestamp(3))",
                String.valueOf(post));
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        signInAs("rh.uzes");
        WebElement awaiting = browser.waitFor(By.id("procedures-awaiting"));
        assertTrue(awaiting.getText().contains(TITLE), awaiting.getText());
        awaiting.findElement(By.linkText(TITLE)).click();
        // a real PDF (uploads are parsed), named as the authority's proof
        Path proof = java.nio.file.Files.copy(samplePdf(), java.nio.file.Files.createTempFile("engagement", ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.waitFor(By.id("procedureMessage:body")).sendKeys("Délibération du conseil communautaire jointe.");
        browser.waitFor(By.xpath("//input[@type='file' and starts-with(@id, 'procedureMessage:attachment')]"))
                .sendKeys(proof.toString());
        browser.waitFor(By.id("procedureMessage:send")).click();
        browser.waitForText(By.id("messages"), "Message envoyé.");
        assertTrue(browser.textOf(By.id("procedures")).contains("Délibération du conseil communautaire"));
        browser.waitFor(By.id("answer:text")).sendKeys("Nous revoyons la fiche de poste d’ici décembre.");
        clickAndConfirm(By.id("answer:send"));
        browser.waitForText(By.id("messages"), "Engagement transmis à la Caf.");
        browser.open(portal.baseUrl() + "/collectivite/index.xhtml");
        browser.waitFor(By.id("nav-jalons"));
        assertTrue(browser.driver().findElements(By.id("procedures-awaiting")).stream()
                .noneMatch(e -> e.getText().contains(TITLE)), "answered: no longer awaiting");

        switchTo("direction.caf");
        browser.open(portal.baseUrl() + "/caf/poste.xhtml?id=" + post);
        WebElement thread = browser.waitFor(By.id("procedures"));
        assertTrue(thread.getText().contains("Délibération du conseil communautaire jointe."), thread.getText());
        assertTrue(thread.findElements(By.partialLinkText("engagement")).size() == 1, "the proof is attached");
        browser.waitFor(By.id("close:reasons")).sendKeys("Engagement sans calendrier ni moyens.");
        clickAndConfirm(By.id("close:end"));
        browser.waitForText(By.id("messages"), "le financement du poste prend fin");
        String status = browser.textOf(By.id("post-status"));
        assertTrue(status.matches("\\s*Financement arrêté le\\s+" + today + "\\s*"), status);
        assertTrue(browser.driver().findElements(By.id("verdict-problem")).isEmpty(),
                "no doctrine error addressed to the Caf");
        assertTrue(browser.textOf(By.id("verdict-ended")).contains("n’est plus financé"));
        assertTrue(browser.driver().findElements(By.cssSelector("#milestones .ctg-late-row")).isEmpty(),
                "no milestone late");
        assertTrue(browser.driver().findElements(By.id("openProcedure")).isEmpty(),
                "no procedure can be opened on a post no longer funded");
        assertTrue(browser.driver().findElements(By.id("evaluations")).isEmpty(),
                "no evaluations to record on a post no longer funded");
        fullScreenshot("ended-funding-post");

        browser.open(portal.baseUrl() + "/caf/territoire.xhtml?id=" + territoryOf(UZES));
        WebElement row = browser.waitFor(By.xpath("//a[text()='" + TITLE + "']/ancestor::tr"));
        assertTrue(row.getText().contains("Financement arrêté le " + today), row.getText());
        assertFalse(row.getText().contains("Pourvu"), row.getText());
        fullScreenshot("ended-funding-territory");
    }
}
