package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.dev.EmbeddedDatabase;
import fr.ctgportal.it.env.TestEnvironment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Texts as people type and paste them (issue 11, "Text"): a title with accents and a CJK ideograph is
 * stored exactly; a 20,000-character paste into a mission is counted, refused at the field in French
 * and nothing is saved (nor cut: the text stays in the field to be shortened); a mission with an emoji
 * is counted and stored as typed; a title with U+202E, or posted with a line break, is refused at the
 * field. What was stored is read back through the page after a reload and in the database.
 */
class TextInputIT extends BrowserTest {

    private static final String TITLE = "Chargée de coopération Cévennes – Zoé 李";

    @Test
    void textsAreStoredExactlyOrRefusedAtTheFieldNeverCut() {
        signInAs("rh.uzes");
        browser.waitFor(By.id("nav-recrutements")).click();

        // a one-line title holding U+202E (it would display "exe.fdp" reversed) is refused at the field
        newPostFile("Poste\u202Eexe.fdp");
        browser.waitForText(By.id("open:title-message"), "inverse le sens de lecture");
        assertEquals(0, files("Poste\u202Eexe.fdp"), "nothing opened");

        // a line break cannot be typed in a one-line field, but it can be posted: it is refused at the field
        browser.open(portal.baseUrl() + "/collectivite/recrutements/index.xhtml");
        chooseNewPost();
        WebElement title = browser.waitFor(By.id("open:title"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].type = 'hidden'; arguments[0].value = 'Poste\\nBcc: tous@exemple.invalid';", title);
        browser.driver().findElement(By.id("open:openFile")).click();
        browser.waitForText(By.id("open:title-message"), "tient sur une ligne");
        assertEquals(0, files("Poste\nBcc: tous@exemple.invalid") + files("Poste Bcc: tous@exemple.invalid"));

        // accents and an ideograph, typed: stored exactly
        browser.open(portal.baseUrl() + "/collectivite/recrutements/index.xhtml");
        newPostFile(TITLE);
        assertEquals("Dossier de recrutement", browser.heading());
        String fileUrl = browser.driver().getCurrentUrl();
        long fileId = Long.parseLong(fileUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.open(fileUrl);
        assertEquals(TITLE, browser.textOf(By.id("file-title")));
        assertEquals(TITLE, text("select title from recruitment_file where id = ?", fileId));

        // a 20,000-character paste into a mission: counted, refused at the field, kept in it, nothing saved
        String pasted = "Diagnostic partagé du territoire avec les partenaires. ".repeat(400).substring(0, 20_000);
        paste("description:outcomes:0:mission", pasted);
        assertEquals("20 000 caractères sur 4 000", counter());
        assertTrue(browser.waitFor(By.id("description:outcomes:0:mission-counter")).getAttribute("class")
                .contains("ctg-counter-over"));
        fullScreenshot("texte-trop-long-compteur");
        browser.driver().findElement(By.id("description:save")).click();
        browser.waitForText(By.id("description:outcomes:0:mission-message"), "raccourcissez-le");
        assertEquals("Ce texte compte 20 000 caractères, pour 4 000 au plus : raccourcissez-le.",
                spaces(browser.textOf(By.id("description:outcomes:0:mission-message"))));
        assertFalse(browser.pageText().contains("Brouillon de la fiche de poste enregistré"), "not said to be saved");
        assertEquals(20_000, mission().length(), "the text stays in the field, whole, to be shortened");
        fullScreenshot("texte-trop-long-refuse");
        assertEquals(0, count("select count(*) from job_description_mission m join job_description d "
                + "on d.id = m.job_description_id where d.file_id = ?", fileId), "nothing saved");
        browser.open(fileUrl);
        assertEquals("", mission(), "nothing saved, nothing cut to 4,000");

        // a mission with line breaks, an emoji and an ideograph: counted as characters, stored as typed
        String typed = "Animer le réseau des partenaires 🤝\nCoordonner le diagnostic 李";
        paste("description:outcomes:0:mission", typed);
        String count = typed.codePointCount(0, typed.length()) + " caractères sur 4 000";
        assertEquals(count, counter(), "an emoji is one character (two UTF-16 units), a line break one");
        browser.driver().findElement(By.id("description:save")).click();
        browser.waitForText(By.id("messages"), "Brouillon de la fiche de poste enregistré.");
        browser.open(fileUrl);
        assertEquals(typed, mission(), "stored exactly, line break included");
        assertEquals(count, counter(), "the server counts as the page does");
        assertEquals(typed, text("select m.missions from job_description_mission m join job_description d "
                + "on d.id = m.job_description_id where d.file_id = ?", fileId));
    }

    private void chooseNewPost() {
        browser.waitFor(By.cssSelector("label[for='open:kind:1']")).click();
    }

    private void newPostFile(String title) {
        chooseNewPost();
        WebElement field = browser.waitFor(By.id("open:title"));
        field.clear();
        field.sendKeys(title);
        browser.driver().findElement(By.id("open:openFile")).click();
    }

    /** Puts a text in a field as a paste does (one input event; a maxlength would cut it as the browser does). */
    private void paste(String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);", field, text);
    }

    private String mission() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].value;", browser.waitFor(By.id("description:outcomes:0:mission")));
    }

    private String counter() {
        return spaces(browser.textOf(By.id("description:outcomes:0:mission-counter")));
    }

    /** French numbers are grouped with a (narrow) no-break space. */
    private static String spaces(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
    }

    private static long files(String title) {
        return number("select count(*) from recruitment_file where title = ?", title);
    }

    private static long count(String sql, long id) {
        return number(sql, String.valueOf(id));
    }

    private static String text(String sql, long id) {
        EmbeddedDatabase db = TestEnvironment.get().database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
