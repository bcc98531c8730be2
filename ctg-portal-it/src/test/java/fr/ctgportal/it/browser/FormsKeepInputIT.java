package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.it.env.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nothing typed is lost by a form (issue 11, "Forms"), typed like a person in the real browser and
 * read back after a reload: a job description typed and sent without saving the draft first; a
 * confirmation cancelled; report values typed and then an attachment added; refused files (empty,
 * none) told at the field with the rest of the form kept.
 */
class FormsKeepInputIT extends BrowserTest {

    private static final String MISSION = "Conduire le diagnostic partagé des besoins des familles du Pays d’Uzès.";
    private static final String ORGANISATION = "Rattaché·e au directeur général des services, sans encadrement.";

    @Test
    void aJobDescriptionTypedIsSentWithoutSavingTheDraftFirstAndCancellingDoesNothing() throws IOException {
        signInAs("rh.uzes");
        browser.waitFor(By.id("nav-recrutements")).click();
        Select post = new Select(browser.waitFor(By.id("open:post")));
        String first = String.valueOf(firstPostOf("200034379"));
        String postId = post.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty())
                .filter(v -> !v.equals(first))
                .filter(v -> number("select count(*) from cooperation_post where id = ? and officer_username is null",
                        v) == 1)
                .reduce((a, b) -> b).orElseThrow();
        post.selectByValue(postId);
        browser.driver().findElement(By.id("open:openFile")).click();
        assertEquals("Fiche de poste en rédaction", stage());
        String fileUrl = browser.driver().getCurrentUrl();

        // the whole description typed, never saved as a draft
        text("description:outcomes:0:mission", MISSION);
        check("description:activities:0");
        check("description:themes:1");
        type("description:fte", "1");
        type("description:share", "100");
        text("description:organisation", ORGANISATION);
        check("description:frameworks:0");
        new Select(browser.waitFor(By.id("description:qualification"))).selectByValue("BAC2");
        type("description:cost", "45000");
        type("description:cofinancingShare", "40");
        text("description:cofinancing", "Collectivité 40 %, Caf 60 %.");

        // "Transmettre" asks first, naming what will happen; cancelling changes nothing
        browser.waitFor(By.id("description:submitDescription")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        assertTrue(dialog.getText().contains("transmise à la Caf"), dialog.getText());
        fullScreenshot("formulaires-confirmation");
        browser.waitFor(By.id("confirm-form:confirm-no")).click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertEquals("Fiche de poste en rédaction", stage());
        assertEquals(MISSION, browser.valueOf(By.id("description:outcomes:0:mission")),
                "the text typed is still there");
        assertFalse(browser.textOf(By.id("latest-MISSIONS")).contains(MISSION), "nothing was saved or sent");

        // confirmed: what is on the screen is saved and sent in one step
        String said = clickAndConfirm(By.id("description:submitDescription"));
        assertTrue(said.contains("enregistrée puis transmise"), said);
        browser.waitForText(By.id("messages"), "Fiche de poste transmise à la Caf.");
        assertEquals("Fiche de poste transmise à la Caf", stage());

        // read back after a reload: the text typed is the version sent
        browser.open(fileUrl);
        assertEquals("Fiche de poste transmise à la Caf", stage());
        assertTrue(browser.textOf(By.id("latest-MISSIONS")).contains(MISSION));
        assertTrue(browser.textOf(By.id("latest-ORGANISATION")).contains(ORGANISATION));
        assertTrue(browser.textOf(By.id("latest-COFINANCING")).contains("45 000,00 €"),
                browser.textOf(By.id("latest-COFINANCING")));
        assertTrue(
                browser.textOf(By.cssSelector("table[id='latest-table'] caption")).contains("transmise le"),
                "the version is a submitted one");

        // a message with an empty PDF: refused at the field, the message typed is kept and nothing is sent
        String body = "Bonjour, voici le compte rendu du comité de pilotage.";
        text("message:body", body);
        browser.driver().findElement(By.cssSelector("#message input[type='file']")).sendKeys(emptyFile().toString());
        browser.driver().findElement(By.id("message:send")).click();
        browser.waitForText(By.id("message:attachment-message"), "Le fichier envoyé est vide.");
        assertEquals(body, browser.valueOf(By.id("message:body")), "the message typed is kept");
        assertTrue(
                browser.textOf(By.cssSelector("#message .ctg-form-messages"))
                        .contains("Le fichier envoyé est vide."),
                "the refusal is also shown at the top of the form that was sent");
        browser.open(fileUrl);
        browser.waitFor(By.id("messages-title"));
        assertFalse(browser.pageText().contains(body), "nothing was sent");
        assertTrue(browser.pageText().contains("Aucun message"), browser.pageText());
    }

    @Test
    void indicatorValuesTypedAreKeptWhenAnAttachmentIsAddedAndRefusedFilesAreToldAtTheField() throws IOException {
        // A draft of an old year that no other test reads (the service tests accept last year's report of this
        // post, the report story starts this year's): Pays d'Uzès's officer's own.
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 2;
        long report = draftReport("coop.uzes", year, false);
        signInAs("coop.uzes");
        browser.open(portal.baseUrl() + "/collectivite/rapports/rapport.xhtml?id=" + report);
        assertEquals("Rapport d’activité", browser.heading());
        String reportUrl = browser.driver().getCurrentUrl();

        count(0, "7");
        count(1, "12");
        WebElement functionText = browser.driver().findElements(By.cssSelector("textarea[id$='functionText']")).get(0);
        functionText.clear();
        functionText.sendKeys("Diagnostic engagé avec les communes.");

        // no file chosen: told at the field, the values stay in the form
        browser.driver().findElement(By.id("report:add")).click();
        browser.waitForText(By.id("report:pdf-message"), "Aucun fichier choisi.");
        assertEquals("7", countValue(0));
        assertEquals("12", countValue(1));

        // an empty file: told at the field, the values stay in the form
        browser.driver().findElement(By.cssSelector("#report input[type='file']")).sendKeys(emptyFile().toString());
        browser.driver().findElement(By.id("report:add")).click();
        browser.waitForText(By.id("report:pdf-message"), "Le fichier envoyé est vide.");
        assertEquals("7", countValue(0));
        assertEquals("Diagnostic engagé avec les communes.",
                browser.valueOf(By.cssSelector("textarea[id$='functionText']"), 0));

        // an HTML page framed by "%PDF-" and "%%EOF": parsed, it is no PDF; told at the field, the values stay
        Path framed = TestEnvironment.get().work().resolve("page-web.pdf");
        Files.write(framed, fr.ctgportal.it.services.TestPdfs.framedHtml());
        browser.driver().findElement(By.cssSelector("#report input[type='file']")).sendKeys(framed.toString());
        browser.driver().findElement(By.id("report:add")).click();
        browser.waitForText(By.id("report:pdf-message"), "n’est pas un PDF lisible");
        assertEquals("7", countValue(0));

        // a real PDF: added, and the values typed are saved with it
        browser.driver().findElement(By.cssSelector("#report input[type='file']")).sendKeys(pdf().toString());
        browser.driver().findElement(By.id("report:add")).click();
        browser.waitForText(By.id("messages"), "Pièce jointe ajoutée ; le brouillon a été enregistré avec elle.");

        // read back after a reload
        browser.open(reportUrl);
        assertEquals("7", countValue(0));
        assertEquals("12", countValue(1));
        assertEquals("Diagnostic engagé avec les communes.",
                browser.valueOf(By.cssSelector("textarea[id$='functionText']"), 0));
        assertTrue(browser.textOf(By.id("attachments")).contains("compte-rendu-copil.pdf"));
        fullScreenshot("formulaires-piece-jointe");
    }

    @Test
    void onTheLongPlanPageEveryErrorIsShownAtOnceWhereTheUserIs() {
        signInAs("direction.caf");
        browser.open(portal.baseUrl() + "/caf/plan.xhtml");
        assertEquals("Plan de mise en conformité", browser.heading());
        List<WebElement> renewals = browser.driver().findElements(By.cssSelector("input[id$=':renewal:date']"));
        String renewalId = renewals.get(renewals.size() - 1).getAttribute("id");
        String block = renewalId.substring(0, renewalId.length() - ":renewal:date".length());
        WebElement renewal = browser.driver().findElement(By.id(renewalId));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                renewal);
        renewal.clear();
        renewal.sendKeys("15/13/2027");
        WebElement phase3 = browser.driver().findElement(By.id(block + ":phase3:date"));
        phase3.clear();
        phase3.sendKeys("bientôt");
        browser.driver().findElement(By.id(block + ":saveDates")).click();

        // both errors at once, each at its field, and at the top of the block the user was in
        browser.waitForText(By.id(block + ":renewal:date-message"), "Indiquez une date au format jj/mm/aaaa.");
        browser.waitForText(By.id(block + ":phase3:date-message"), "Indiquez une date au format jj/mm/aaaa.");
        WebElement repeated = browser.waitFor(By.cssSelector("[id='" + block + ":dates'] .ctg-form-messages"));
        assertTrue(repeated.getText().contains("Indiquez une date au format jj/mm/aaaa."), repeated.getText());
        assertEquals(renewalId, browser.driver().switchTo().activeElement().getAttribute("id"),
                "the first invalid field has the focus");
        Number scrolled = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return window.scrollY");
        assertTrue(scrolled.intValue() > 2000, "the page shows the block sent, not its top: " + scrolled);
        assertEquals("15/13/2027", browser.valueOf(By.id(renewalId)),
                "what was typed is kept");
        assertEquals("true", browser.driver().findElement(By.id(renewalId)).getAttribute("aria-invalid"));
    }

    private void count(int index, String value) {
        browser.waitFor(By.cssSelector("input[id$=':count']"));
        WebElement input = browser.driver().findElements(By.cssSelector("input[id$=':count']")).get(index);
        input.clear();
        input.sendKeys(value);
    }

    private String countValue(int index) {
        browser.waitFor(By.cssSelector("input[id$=':count']"));
        return browser.valueOf(By.cssSelector("input[id$=':count']"), index);
    }

    private static Path emptyFile() throws IOException {
        Path file = TestEnvironment.get().work().resolve("vide.pdf");
        Files.write(file, new byte[0]);
        return file;
    }

    /** A real one-page PDF, as the document store parses it. */
    private static Path pdf() throws IOException {
        Path file = TestEnvironment.get().work().resolve("compte-rendu-copil.pdf");
        Files.write(file, fr.ctgportal.it.services.TestPdfs.onePage());
        return file;
    }
}
