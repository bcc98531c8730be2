package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.ctgportal.it.env.TestEnvironment;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The recruitment story end to end through the real login, as the issue tells it: authority HR
 * writes and submits the job description, the Caf advisor asks for a change, HR resubmits, the Caf
 * agrees, HR proposes a candidate with a CV, the Caf gives a favourable opinion, HR downloads the
 * PDF letter and completes the recruitment; the notification e-mails arrived.
 */
class RecruitmentStoryIT extends BrowserTest {

    private static final String CAF = "conseil.nord@demo.ctg-portal.invalid";
    private static final String HR = "rh.ales@demo.ctg-portal.invalid";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

    @Test
    void aRecruitmentFromTheJobDescriptionToTheHoldersStart() throws Exception {
        Path pdf = samplePdf();

        // HR opens a file for one of its posts and writes the job description
        signInAs("rh.ales");
        browser.waitFor(By.id("nav-recrutements")).click();
        assertEquals("Dossiers de recrutement", browser.heading());
        Select post = new Select(browser.waitFor(By.id("open:post")));
        // a post whose weighing the form can repeat (whole percent), so the demo totals stay as other tests expect,
        // and without an officer's account (the report tests use those)
        String postId = post.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty())
                .filter(v -> number("select count(*) from cooperation_post where id = ? "
                        + "and cooperation_share * 100 = round(cooperation_share * 100) and officer_username is null",
                        v) == 1)
                .findFirst().orElseThrow();
        post.selectByValue(postId);
        long fteHundredths = number("select round(employment_fte * 100) from cooperation_post where id = ?", postId);
        long sharePercent = number("select round(cooperation_share * 100) from cooperation_post where id = ?", postId);
        String title = post.getFirstSelectedOption().getText().split(" – ")[0];
        browser.driver().findElement(By.id("open:openFile")).click();
        assertEquals("Dossier de recrutement", browser.heading());
        assertEquals(title, browser.textOf(By.id("file-title")));
        assertEquals("Fiche de poste en rédaction", stage());
        String fileUrl = browser.driver().getCurrentUrl();
        String fileId = fileUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");

        text("description:outcomes:0:mission", "Conduire le diagnostic petite enfance du territoire.");
        text("description:outcomes:3:mission", "Animer le comité des partenaires de la Ctg.");
        check("description:activities:2");
        check("description:themes:0");
        check("description:themes:3");
        type("description:fte", String.format("%d,%02d", fteHundredths / 100, fteHundredths % 100));
        type("description:share", String.valueOf(sharePercent));
        text("description:organisation", "Rattaché·e à la direction enfance-jeunesse, en lien direct avec le DGS.");
        check("description:frameworks:1");
        new Select(browser.waitFor(By.id("description:qualification"))).selectByValue("BAC2");
        type("description:cost", "48000");
        type("description:cofinancingShare", "50");
        text("description:cofinancing", "Collectivité 50 %, Caf 50 % (bonus territoire).");
        browser.driver().findElement(By.cssSelector("#description input[type='file']")).sendKeys(pdf.toString());
        browser.driver().findElement(By.id("description:save")).click();
        browser.waitForText(By.id("messages"), "Brouillon de la fiche de poste enregistré.");
        assertTrue(browser.pageText().contains("La fiche est complète"), "nothing missing any more");
        assertTrue(browser.waitFor(By.linkText("fiche-de-poste.pdf")).getAttribute("href")
                .contains("/fichiers/recrutement?dossier=" + fileId + "&document="), "the PDF is attached");
        clickAndConfirm(By.id("description:submitDescription"));
        browser.waitForText(By.id("messages"), "Fiche de poste transmise à la Caf.");
        assertEquals("Fiche de poste transmise à la Caf", stage());
        fullScreenshot("recrutement-fiche-transmise");

        // the Caf advisor finds it in the work list and asks for a change on the missions
        switchTo("conseil.nord");
        browser.waitFor(By.id("nav-recrutements")).click();
        assertEquals("Dossiers de recrutement à suivre", browser.heading());
        browser.waitFor(By.linkText(title)).click();
        assertTrue(browser.textOf(By.id("file-due")).matches("\\d{2}/\\d{2}/\\d{4}.*"));
        review("Préciser le diagnostic « inclusion » attendu par le référentiel.");
        clickAndConfirm(By.id("review:requestChanges"));
        browser.waitForText(By.id("messages"), "Modifications demandées.");
        assertEquals("Modifications demandées par la Caf", stage());

        // HR revises the missions and resubmits; the change is visible
        switchTo("rh.ales");
        browser.open(fileUrl);
        assertTrue(browser.textOf(By.id("latest-MISSIONS")).contains("À modifier"));
        WebElement mission = browser.waitFor(By.id("description:outcomes:0:mission"));
        mission.sendKeys(" Inclure l’accès des enfants en situation de handicap.");
        browser.driver().findElement(By.id("description:save")).click();
        browser.waitForText(By.id("messages"), "Brouillon de la fiche de poste enregistré.");
        assertTrue(browser.textOf(By.id("latest-MISSIONS")).contains("modifié"), "the change is shown");
        clickAndConfirm(By.id("description:submitDescription"));
        browser.waitForText(By.id("messages"), "Fiche de poste transmise à la Caf.");

        // the Caf agrees
        switchTo("conseil.nord");
        browser.open(fileUrl.replace("/collectivite/", "/caf/"));
        review(null);
        clickAndConfirm(By.id("review:agree"));
        browser.waitForText(By.id("messages"), "Fiche de poste validée.");
        assertEquals("Fiche de poste validée", stage());

        // HR records a candidate with a CV and proposes them
        switchTo("rh.ales");
        browser.open(fileUrl);
        text("candidate:name", "Camille Martin (fictive)");
        new Select(browser.waitFor(By.id("candidate:qualification"))).selectByValue("BAC3_OR_ABOVE");
        text("candidate:diploma", "Master développement social local");
        new Select(browser.waitFor(By.id("candidate:framework"))).selectByValue("TERRITORIAL_ANIMATOR_B");
        text("candidate:situation", "Chargée de mission dans une autre intercommunalité.");
        browser.driver().findElement(By.cssSelector("#candidate input[type='file']")).sendKeys(pdf.toString());
        browser.driver().findElement(By.id("candidate:addCandidate")).click();
        browser.waitForText(By.id("messages"), "Candidat enregistré.");
        browser.waitFor(By.id("propose:chosen:0")).click();
        text("propose:reasons", "Expérience du diagnostic et du partenariat.");
        clickAndConfirm(By.id("propose:proposeCandidate"));
        browser.waitForText(By.id("messages"), "Candidat proposé");
        assertEquals("Candidat proposé, avis de la Caf attendu", stage());

        // the Caf gives a favourable opinion
        switchTo("conseil.nord");
        browser.open(fileUrl.replace("/collectivite/", "/caf/"));
        assertTrue(browser.textOf(By.id("candidates")).contains("Camille Martin (fictive)"));
        browser.waitFor(By.id("opinionForm:opinionChoice:0")).click();
        text("opinionForm:opinionReasons", "Profil conforme au référentiel : qualification et expérience adaptées.");
        clickAndConfirm(By.id("opinionForm:giveOpinion"));
        browser.waitForText(By.id("messages"), "Avis rendu.");
        assertEquals("Avis de la Caf rendu", stage());

        // HR downloads the opinion letter and completes the recruitment
        switchTo("rh.ales");
        browser.open(fileUrl);
        assertTrue(browser.textOf(By.id("opinion")).startsWith("Avis favorable"));
        String href = browser.waitFor(By.id("opinion-letter")).getAttribute("href");
        HttpResponse<byte[]> letter = downloadWithTheBrowsersSession(href);
        assertEquals(200, letter.statusCode());
        assertTrue(letter.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String letterText = new PdfTextExtractor(new PdfReader(letter.body())).getTextFromPage(1);
        assertTrue(letterText.contains("Avis de la Caf : favorable"), letterText);
        assertTrue(letterText.contains("Camille Martin (fictive)"), letterText);
        text("complete:start", "04/01/2027");
        clickAndConfirm(By.id("complete:completeRecruitment"));
        browser.waitForText(By.id("messages"), "Recrutement finalisé.");
        assertEquals("Recrutement finalisé", stage());
        assertEquals("04/01/2027", browser.textOf(By.id("file-start")).strip());
        String timeline = browser.textOf(By.id("timeline"));
        for (String step : new String[]{"Fiche de poste transmise à la Caf", "Modifications demandées par la Caf",
                "Fiche de poste validée par la Caf", "Candidat proposé", "Avis de la Caf rendu",
                "Recrutement finalisé"}) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        fullScreenshot("recrutement-finalise");

        // the notifications arrived at the real SMTP server, each side told of the other's steps
        var mailbox = TestEnvironment.get().mailbox();
        // subjects name the post by its reference, title and holder, and the version of the description
        String named = string(
                "select coalesce(p.reference, concat('CTG-', lpad(p.id, 4, '0'))) from recruitment_file f "
                        + "join cooperation_post p on p.id = f.post_id where f.id = ?",
                fileId) + " « " + title + " »";
        var submitted = mailbox.awaitMail(CAF, "Fiche de poste à examiner (version 1) : " + named, MAIL_WAIT);
        assertTrue(submitted.textBody().contains("/caf/recrutements/dossier.xhtml?id=" + fileId), submitted.textBody());
        mailbox.awaitMail(HR, "Modifications demandées sur la fiche de poste (version 1) : " + named, MAIL_WAIT);
        mailbox.awaitMail(HR, "Fiche de poste validée (version 2) : " + named, MAIL_WAIT);
        mailbox.awaitMail(CAF, "Avis demandé sur un candidat : " + named, MAIL_WAIT);
        var opinion = mailbox.awaitMail(HR, "Avis de la Caf sur votre candidat : " + named, MAIL_WAIT);
        assertTrue(opinion.textBody().contains("favorable"), opinion.textBody());
        mailbox.awaitMail(CAF, "Recrutement finalisé : " + named, MAIL_WAIT);
    }
}
