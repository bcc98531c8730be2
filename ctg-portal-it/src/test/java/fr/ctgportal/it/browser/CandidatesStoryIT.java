package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13, the candidates of a recruitment file through the real login: the authority's HR corrects a
 * candidate, withdraws another, adds a CV later and proposes one; the Caf sees the doctrine's checks on
 * the proposed candidate (qualification level, employment framework) as findings and gives an
 * unfavourable opinion; another candidate is proposed and the former opinion stays visible with its own
 * letter (a name of its own). On another file sent back by the Caf, the progress list highlights
 * "Modifications demandées". The posts and files are the story's own (copies of an Alès post, 0.80 FTE,
 * a share no other story picks).
 */
class CandidatesStoryIT extends BrowserTest {

    private static final String ALES = "200066918";

    @Test
    void candidatesAreCorrectedWithdrawnAndEachOpinionKeepsItsLetter() throws Exception {
        long file = file("Story : candidats", "DESCRIPTION_AGREED");
        candidate(file, "Alix Premier (fictive)", "BELOW_BAC2", "OTHER");
        candidate(file, "Bastien Second (fictive)", "BAC2", "OTHER");
        candidate(file, "Chloé Troisième (fictive)", "BAC3_OR_ABOVE", "TERRITORIAL_ANIMATOR_B");
        long revised = file("Story : fiche renvoyée", "DESCRIPTION_SUBMITTED");
        String hrUrl = portal.baseUrl() + "/collectivite/recrutements/dossier.xhtml?id=" + file;
        String cafUrl = portal.baseUrl() + "/caf/recrutements/dossier.xhtml?id=" + file;
        Path pdf = samplePdf();

        // HR corrects a candidate, withdraws another, adds a CV later and proposes the first one
        signInAs("rh.ales");
        browser.open(hrUrl);
        actionOn("Bastien Second (fictive)", "correct").click();
        assertEquals("Bastien Second (fictive)", browser.valueOf(By.id("candidate:name")),
                "the form shows the candidate to correct");
        text("candidate:name", "Bastien Second-Corrigé (fictive)");
        new Select(browser.waitFor(By.id("candidate:framework"))).selectByValue("EARLY_CHILDHOOD_EDUCATOR_B");
        browser.waitFor(By.id("candidate:correctCandidate")).click();
        browser.waitForText(By.id("messages"), "Candidat corrigé.");
        String row = candidateRow("Bastien Second-Corrigé (fictive)").getText();
        assertTrue(row.contains("Éducateur"), row);
        clickAndConfirm(By.id(actionOn("Chloé Troisième (fictive)", "withdraw").getAttribute("id")));
        browser.waitForText(By.id("messages"), "Candidat retiré du dossier.");
        assertFalse(browser.textOf(By.id("candidates")).contains("Chloé"), "withdrawn: gone");
        Select who = new Select(browser.waitFor(By.id("laterCv:who")));
        who.selectByVisibleText("Alix Premier (fictive)");
        browser.driver().findElement(By.cssSelector("#laterCv input[type='file']")).sendKeys(pdf.toString());
        browser.driver().findElement(By.id("laterCv:attach")).click();
        browser.waitForText(By.id("messages"), "CV joint.");
        assertTrue(candidateRow("Alix Premier (fictive)").findElements(By.partialLinkText(".pdf")).size() == 1,
                "the CV came later");
        String timeline = browser.textOf(By.id("timeline"));
        for (String step : new String[]{"Candidat corrigé", "Candidat retiré", "CV d’un candidat joint"}) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        propose("Alix Premier (fictive)", "Disponible tout de suite.");

        // the Caf sees the doctrine's checks on the proposed candidate and gives an unfavourable opinion
        switchTo("conseil.nord");
        browser.open(cafUrl);
        String checks = browser.textOf(By.id("candidate-checks"));
        assertTrue(checks.contains("Niveau de qualification") && checks.contains("non conforme"), checks);
        assertTrue(checks.contains("Cadre d’emploi") && checks.contains("au cas par cas"), checks);
        assertEquals(2, browser.driver().findElements(By.cssSelector("#candidate-checks li.ctg-late")).size(),
                "two findings");
        browser.waitFor(By.id("opinionForm:opinionChoice:2")).click();
        text("opinionForm:opinionReasons", "Qualification inférieure au Bac+2 exigé.");
        clickAndConfirm(By.id("opinionForm:giveOpinion"));
        browser.waitForText(By.id("messages"), "Avis rendu.");

        // on another file, the Caf asks for changes: the progress list highlights that step
        browser.open(portal.baseUrl() + "/caf/recrutements/dossier.xhtml?id=" + revised);
        review("Préciser les missions de diagnostic.");
        clickAndConfirm(By.id("review:requestChanges"));
        browser.waitForText(By.id("messages"), "Modifications demandées.");
        assertEquals("Modifications demandées par la Caf", currentStep());

        // HR proposes another candidate; the former opinion stays with its candidate and its letter
        switchTo("rh.ales");
        browser.open(portal.baseUrl() + "/collectivite/recrutements/dossier.xhtml?id=" + revised);
        assertEquals("Modifications demandées par la Caf", currentStep());
        browser.open(hrUrl);
        propose("Bastien Second-Corrigé (fictive)", "Profil conforme au référentiel.");
        long alix = number("select id from candidate where full_name = ?", "Alix Premier (fictive)");
        WebElement former = browser.waitFor(By.id("former-opinion-" + alix));
        assertTrue(former.getText().contains("Alix Premier (fictive)"), former.getText());
        assertTrue(former.getText().contains("Qualification inférieure au Bac+2 exigé."), former.getText());
        HttpResponse<byte[]> letter = downloadWithTheBrowsersSession(
                former.findElement(By.className("former-opinion-letter")).getAttribute("href"));
        assertEquals(200, letter.statusCode());
        assertTrue(letter.headers().firstValue("Content-Disposition").orElse("")
                .contains("avis-caf-recrutement-" + file + "-candidat-" + alix + ".pdf"),
                letter.headers().firstValue("Content-Disposition").orElse(""));
        fullScreenshot("candidats-avis-precedent");

        // the Caf sees the new candidate's checks, the former opinion still there
        switchTo("conseil.nord");
        browser.open(cafUrl);
        checks = browser.textOf(By.id("candidate-checks"));
        assertTrue(checks.contains("Bac+2") && checks.contains("parmi ceux qu’attend la doctrine"), checks);
        assertTrue(browser.driver().findElements(By.cssSelector("#candidate-checks li.ctg-late")).isEmpty(),
                "the new candidate meets both rules");
        assertTrue(browser.textOf(By.id("former-opinion-" + alix)).contains("Alix Premier (fictive)"));
        fullScreenshot("candidats-controles-caf");
    }

    /** A post of the story's own and a recruitment file on it, at that stage, with a job description. */
    private static long file(String title, String stage) {
        long post = ownPost(ALES, title, "Titulaire (fictive)");
        // a share in hundredths of a percent: the recruitment story, which repeats whole percents, never picks it
        update("update cooperation_post set cooperation_share = 0.5050 where id = ?", String.valueOf(post));
        update("insert into recruitment_file (kind, stage, authority_id, territory_id, post_id, title, opened_by, "
                + "opened_at, due_date) select 'REPLACEMENT', ?, employer_id, territory_id, id, title, 'rh.ales', "
                + "current_timestamp(3), current_date() + interval 10 day from cooperation_post where id = " + post,
                stage);
        long file = number("select max(id) from recruitment_file where title = ?", title);
        update("insert into job_description (file_id, number, activities, themes, frameworks, employment_fte, "
                + "cooperation_share, organisation, minimum_qualification, annual_cost, cofinancing_share, "
                + "cofinancing, saved_by, saved_at, submitted_by, submitted_at) values (" + file + ", 1, "
                + "'NETWORK_ACTORS', 'PARENTING', 'OTHER', 0.80, 0.5050, ?, 'BAC2', 48000, 0.5, 'Caf 50 %', "
                + "'rh.ales', current_timestamp(3), 'rh.ales', current_timestamp(3))",
                "Rattaché·e à la direction enfance-jeunesse.");
        return file;
    }

    /** A shortlisted candidate without a CV, as HR recorded them. */
    private static void candidate(long file, String name, String qualification, String framework) {
        update("insert into candidate (file_id, full_name, qualification, framework, added_by, added_at) values ("
                + file + ", ?, '" + qualification + "', '" + framework + "', 'rh.ales', current_timestamp(3))", name);
    }

    /** The button of the candidates' corrections next to that candidate. */
    private WebElement actionOn(String name, String button) {
        return browser.waitFor(By.xpath("//form[@id='candidateActions']//li[contains(., '" + name + "')]"
                + "//button[contains(@id, ':" + button + "')]"));
    }

    private WebElement candidateRow(String name) {
        return browser.waitFor(By.xpath("//table[@id='candidates']//tr[contains(., '" + name + "')]"));
    }

    private void propose(String name, String reasons) {
        browser.waitFor(By.xpath("//label[contains(@for, 'propose:chosen') and normalize-space()='" + name + "']"))
                .click();
        text("propose:reasons", reasons);
        clickAndConfirm(By.id("propose:proposeCandidate"));
        browser.waitForText(By.id("messages"), "Candidat proposé");
        assertEquals("Candidat proposé, avis de la Caf attendu", stage());
    }

    /** The step the progress list highlights. */
    private String currentStep() {
        return browser.textOf(By.cssSelector(".ctg-course li.ctg-step-current")).strip();
    }
}
