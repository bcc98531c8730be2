package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "À traiter" (issue 14) through the real login: the Caf manager's home page opens on the opinions to
 * countersign, counted as the database counts them, one of them on the story's own post (named by
 * reference and holder); the manager follows its link, countersigns, and the line is gone; the
 * authority's HR finds the opinion received on its own home page.
 */
class WorkQueueStoryIT extends BrowserTest {

    private static final String UZES = "200034379";

    /** The opinions a manager other than their author may countersign, as the queue reads them. */
    private static long toCountersign() {
        return number("select count(*) from recruitment_file where opinion is not null and countersigned_at is null "
                + "and stage in ('OPINION_GIVEN', 'COMPLETED') and opinion_by <> ?", "direction.caf");
    }

    /** A file of the post whose favourable opinion conseil.sud gave today, as the steps would have left it. */
    private static long fileWithOpinion(long post) {
        update("insert into recruitment_file (kind, stage, authority_id, territory_id, post_id, title, opened_by, "
                + "opened_at, chosen_candidate_id, choice_reasons, opinion, opinion_reasons, opinion_by, opinion_at) "
                + "select 'REPLACEMENT', 'OPINION_GIVEN', employer_id, territory_id, id, title, 'rh.uzes', "
                + "current_timestamp(3), null, 'motifs', 'FAVOURABLE', 'Profil conforme.', 'conseil.sud', "
                + "current_timestamp(3) from cooperation_post where id = ?", String.valueOf(post));
        long file = number("select max(id) from recruitment_file where post_id = ?", String.valueOf(post));
        update("insert into job_description (file_id, number, activities, themes, frameworks, saved_by, saved_at, "
                + "submitted_by, submitted_at) values (?, 1, 'NETWORK_ACTORS', 'PARENTING', 'OTHER', 'rh.uzes', "
                + "current_timestamp(3), 'rh.uzes', current_timestamp(3))", String.valueOf(file));
        update("insert into candidate (file_id, full_name, qualification, framework, added_by, added_at) values "
                + "(?, 'Candidate à contresigner (fictive)', 'BAC3_OR_ABOVE', 'OTHER', 'rh.uzes', current_timestamp(3))",
                String.valueOf(file));
        update("update recruitment_file f set chosen_candidate_id = (select max(c.id) from candidate c "
                + "where c.file_id = f.id) where f.id = ?", String.valueOf(file));
        return file;
    }

    @Test
    void theManagerSeesTheOpinionToCountersignFollowsTheLinkAndItLeaves() {
        long post = ownPost(UZES, "Story à traiter : poste de Noé", "Noé Contreseing");
        long file = fileWithOpinion(post);
        long expected = toCountersign();
        String reference = String.format("CTG-%04d", post);

        signInAs("direction.caf");
        WebElement group = browser.waitFor(By.id("work-OPINION_TO_COUNTERSIGN"));
        assertEquals(expected + " avis à contresigner",
                browser.textOf(By.id("work-title-OPINION_TO_COUNTERSIGN")).strip());
        By line = By
                .cssSelector("#work-OPINION_TO_COUNTERSIGN a[href$='/caf/recrutements/dossier.xhtml?id=" + file + "']");
        WebElement link = browser.waitFor(line);
        WebElement item = link.findElement(By.xpath("./ancestor::li[1]"));
        assertTrue(item.getText().contains(reference), item.getText());
        assertTrue(item.getText().contains("Noé Contreseing"), "the holder is named: " + item.getText());
        assertTrue(group.getText().length() > 0);
        long badge = Long.parseLong(browser.textOf(By.id("nav-a-traiter-total")).strip());
        assertEquals(Long.parseLong(browser.textOf(By.id("a-traiter-total")).strip()), badge,
                "the menu shows the queue's count");
        fullScreenshot("a-traiter-direction");

        link.click();
        clickAndConfirm(By.id("countersign:countersignOpinion"));
        browser.waitForText(By.id("messages"), "Avis contresigné.");
        assertEquals(1, number("select count(*) from recruitment_file where id = ? and countersigned_by = "
                + "'direction.caf'", String.valueOf(file)));

        browser.waitFor(By.id("nav-a-traiter")).click();
        browser.waitFor(By.id("a-traiter"));
        assertTrue(browser.driver().findElements(line).isEmpty(), "countersigned: the line is gone");
        long left = toCountersign();
        assertEquals(expected - 1, left);
        if (left > 0) {
            assertEquals(left + " avis à contresigner",
                    browser.textOf(By.id("work-title-OPINION_TO_COUNTERSIGN")).strip());
        } else {
            assertTrue(browser.driver().findElements(By.id("work-OPINION_TO_COUNTERSIGN")).isEmpty());
        }

        // The authority's HR finds the opinion on its own home page, to complete the recruitment.
        switchTo("rh.uzes");
        WebElement received = browser.waitFor(By.cssSelector("#work-OPINION_RECEIVED a[href$="
                + "'/collectivite/recrutements/dossier.xhtml?id=" + file + "']"));
        assertTrue(received.getText().contains(reference), received.getText());
        fullScreenshot("a-traiter-rh");
    }
}
