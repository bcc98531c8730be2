package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import fr.ctgportal.model.post.CooperationPost;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A weighing negotiated to agreement through the real login (Pays d'Uzès's HR proposes, the Caf
 * advisor counter-proposes, HR accepts), then the funding decision prepared by the advisor and
 * approved by a Caf manager; the authority finds its decision letter.
 */
class WeighingAndDecisionIT extends BrowserTest {

    private static final String UZES = "200034379";

    @Test
    void aWeighingAgreedThenAFundingDecisionApproved() {
        long post = number("select max(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.employment_fte = 1.00 and p.status = 'FILLED' and p.administrative_assistant = 0 "
                + "and p.director_function = 0 and p.qualification <> 'BELOW_BAC2'", UZES);
        String authorityPage = portal.baseUrl() + "/collectivite/poste.xhtml?id=" + post;
        String cafPage = portal.baseUrl() + "/caf/poste.xhtml?id=" + post;

        signInAs("rh.uzes");
        browser.open(authorityPage);
        assertTrue(browser.textOf(By.id("weighing")).contains("Aucune pesée"));
        split("0,6", "0,4", "Répartition actuelle du poste.");
        browser.waitForText(By.id("messages"), "Proposition de pesée envoyée.");
        assertTrue(browser.textOf(By.id("weighing-1")).contains("réponse attendue de la Caf"));

        switchTo("conseil.sud");
        browser.open(cafPage);
        split("0,7", "0,3", "Le pilotage de la Ctg représente 70 % du temps d’après le rapport d’activité.");
        browser.waitForText(By.id("messages"), "Proposition de pesée envoyée.");

        switchTo("rh.uzes");
        browser.open(authorityPage);
        clickAndConfirm(By.id("weighingForm:accept"));
        browser.waitForText(By.id("messages"), "Pesée validée");
        WebElement weighing = browser.waitFor(By.id("weighing"));
        // issue 14: signatures by name and role, never by login
        assertTrue(
                weighing.getText().contains("Signée pour la collectivité par Julien Roux – fictif, ressources humaines "
                        + "de la collectivité"),
                weighing.getText());
        assertTrue(weighing.getText().contains("Signée pour la Caf par Nicolas Chabert – fictif, conseiller·ère Caf"),
                weighing.getText());
        assertFalse(weighing.getText().contains("rh.uzes") || weighing.getText().contains("conseil.sud"),
                weighing.getText());
        assertEquals(70, number("select round(cooperation_share * 100) from cooperation_post where id = ?",
                String.valueOf(post)), "the agreed weighing sets the post's cooperation share");
        fullScreenshot("pesee-validee");

        switchTo("conseil.sud");
        browser.open(cafPage);
        browser.waitFor(By.id("prepare:prepareDecision")).click();
        browser.waitForText(By.id("messages"), "Décision préparée");
        assertTrue(browser.textOf(By.id("decision-table")).contains("préparée, en attente d’approbation"));

        // issue 14: the manager is told what awaits them, from the header's notifications
        switchTo("direction.caf");
        browser.open(portal.baseUrl() + "/caf/index.xhtml");
        browser.waitFor(By.id("nav-notifications")).click();
        browser.waitFor(By.id("notification-list"));
        fullScreenshot("notifications");
        browser.waitFor(By.xpath("//table[@id='notification-list']//a[contains(., 'Décision à approuver : "
                + CooperationPost.referenceOf(post) + " ')]")).click();
        browser.waitFor(By.id("decision-table"));
        assertTrue(browser.driver().getCurrentUrl().contains("/caf/poste.xhtml?id=" + post),
                browser.driver().getCurrentUrl());
        clickAndConfirm(By.cssSelector("#decision-table button[id$='approve']"));
        browser.waitForText(By.id("messages"), "Décision approuvée.");
        String amount = browser.textOf(By.cssSelector("#decision-table tr.decision-APPROVED td.num"));
        assertTrue(amount.matches("\\d{1,3}( \\d{3})*,\\d{2} €"), amount);
        browser.waitFor(By.id("nav-financements")).click();
        assertEquals("Financements décidés", browser.heading());
        assertTrue(browser.textOf(By.id("funding-totals")).contains("CC Pays d'Uzès"));
        assertEquals("1 537 422,00 €", browser.textOf(By.id("budget")));
        fullScreenshot("financements-decides");

        switchTo("rh.uzes");
        browser.open(authorityPage);
        assertTrue(browser.waitFor(By.cssSelector("a.decision-letter")).getAttribute("href")
                .contains("/fichiers/decision?id="));
        assertEquals(amount, browser.textOf(By.cssSelector("#decision-table tr.decision-APPROVED td.num")));
    }

    private void split(String cooperation, String management, String comment) {
        type("weighingForm:rows:0:fte", cooperation);
        type("weighingForm:rows:1:fte", management);
        WebElement why = browser.waitFor(By.id("weighingForm:comment"));
        why.clear();
        why.sendKeys(comment);
        clickAndConfirm(By.id("weighingForm:propose"));
    }
}
