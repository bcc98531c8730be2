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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Caf advisor writes a long intermediate evaluation on a post page and sends it after the
 * session, or the page, expired: the portal brings them back to the same page (signing in again
 * through Keycloak), says so in French, and puts the text back; saved again, it is stored exactly.
 * An active user keeps the session; an idle one is warned, can stay, and is told when it ended.
 */
class SessionExpiryIT extends BrowserTest {

    private static final String ALES = "200066918";

    /** A long evaluation, with accents, punctuation and paragraphs, as a person writes one. */
    private static String longText(String tag) {
        StringBuilder text = new StringBuilder(
                "Évaluation intermédiaire (" + tag + ") : l’animation du réseau a progressé.\n\n");
        for (int i = 1; i <= 12; i++) {
            text.append("Point ").append(i)
                    .append(" – les partenaires « petite enfance » et « jeunesse » se réunissent ")
                    .append("chaque trimestre ; le diagnostic partagé avance, 45 000,50 € restent à engager.\n");
        }
        return text.append("Conclusion : poursuivre.").toString();
    }

    @Test
    void anExpiredSessionBringsTheUserBackToThePageWithTheTextAndNothingSaved() {
        String page = openPostAs("conseil.nord");
        String text = longText("session");
        typeEvaluation(text);

        expireSession();
        browser.driver().findElement(By.id("intermediate:write")).click();

        // Keycloak's session is still alive: signed in again without a word, back on the same page.
        assertBackOn(page, "Votre session avait expiré");
        assertEquals(text, value("intermediate:text"), "the text is back");
        assertEquals(today(), value("intermediate:on:date"));
        assertEquals(0, evaluationsWith(text).size(), "nothing was saved from the lost post");
        fullScreenshot("session-expiree-saisie-restauree");

        saveAndReadBack(page, text);
    }

    @Test
    void anExpiredPageBringsTheUserBackToThePageWithTheText() {
        String page = openPostAs("conseil.nord");
        String text = longText("page");
        typeEvaluation(text);

        // The page's server state is gone (as after many other pages, or a restart of the server).
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('#intermediate input[name=\"jakarta.faces.ViewState\"]').value = '987654321:123456789';");
        browser.driver().findElement(By.id("intermediate:write")).click();

        assertBackOn(page, "Votre page avait expiré");
        assertEquals(text, value("intermediate:text"));
        assertEquals(0, evaluationsWith(text).size(), "nothing was saved from the lost post");

        saveAndReadBack(page, text);
    }

    @Test
    void anAjaxFormSentAfterTheSessionEndedComesBackWithTheText() {
        // The post form is sent through PrimeFaces Ajax, which cannot follow the sign-in redirect.
        long post = number("select max(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ?", ALES);
        String page = portal.baseUrl() + "/collectivite/poste.xhtml?id=" + post;
        String before = holderOf(post);
        signInAs("rh.ales");
        browser.open(page);
        WebElement holder = browser.waitFor(By.id("edit:holder"));
        holder.clear();
        holder.sendKeys("Anne-Sophie Lefèvre-Dumas (fictive)");
        expireSession();
        browser.driver().findElement(By.id("edit:save")).click();

        assertBackOn(page, "Votre session avait expiré");
        assertEquals("Anne-Sophie Lefèvre-Dumas (fictive)", value("edit:holder"));
        assertEquals(before, holderOf(post), "nothing was saved from the lost post");

        browser.driver().findElement(By.id("edit:save")).click();
        browser.waitForText(By.id("messages"), "Les informations du poste sont enregistrées.");
        assertEquals("Anne-Sophie Lefèvre-Dumas (fictive)", holderOf(post));
        // Put the demo data back for the other tests.
        holder = browser.waitFor(By.id("edit:holder"));
        holder.clear();
        if (before != null) {
            holder.sendKeys(before);
        }
        browser.driver().findElement(By.id("edit:save")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> java.util.Objects.equals(before, holderOf(post)));
    }

    @Test
    void anActiveUserKeepsTheSessionAnIdleOneIsWarnedAndToldWhenItEnded() throws InterruptedException {
        String page = openPostAs("conseil.nord");
        // This browser's session only: 40 seconds instead of 30 minutes (warning 13 s before the end).
        browser.open(portal.baseUrl() + "/test/session?timeout=40");
        assertEquals("40", browser.pageText().trim());
        browser.open(page);
        String text = longText("actif");
        WebElement area = browser.waitFor(By.id("intermediate:text"));
        area.sendKeys(text.substring(0, 20));

        // Typing for longer than the timeout: no warning, and the session is still there.
        for (int i = 0; i < 13; i++) {
            Thread.sleep(5_000);
            assertFalse(dialogOpen(), "no warning while the user types");
            area.sendKeys(text.substring(20 + i * 10, 30 + i * 10));
        }
        assertTrue(signedIn(), "the keep-alive kept the session");

        // Idle: the warning, in French, with the focus on its button; the user stays.
        String typed = value("intermediate:text");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(45)).until(d -> dialogOpen());
        assertEquals("Votre session va bientôt expirer", browser.textOf(By.id("ctg-session-title")));
        assertTrue(browser.textOf(By.id("ctg-session-text")).contains("votre session se terminera dans"));
        WebElement stay = browser.waitFor(By.id("ctg-session-action"));
        assertEquals("Rester connecté(e)", stay.getText());
        assertEquals(stay, browser.driver().switchTo().activeElement(), "the keyboard is on the button");
        fullScreenshot("session-avertissement");
        stay.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !dialogOpen());
        assertTrue(signedIn(), "still signed in after « Rester connecté(e) »");

        // Idle again until the end: told so, signs in again, back on the page with the text.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(70))
                .until(d -> "Votre session a expiré".equals(d.findElement(By.id("ctg-session-title")).getText()));
        WebElement signIn = browser.waitFor(By.id("ctg-session-action"));
        assertEquals("Se reconnecter", signIn.getText());
        fullScreenshot("session-expiree");
        signIn.click();
        browser.waitFor(By.id("ctg-restored"));
        assertEquals(page, browser.driver().getCurrentUrl());
        assertEquals(typed, value("intermediate:text"));
    }

    /** Signs in and opens the first Alès post; returns its address. */
    private String openPostAs(String user) {
        signInAs(user);
        String page = portal.baseUrl() + "/caf/poste.xhtml?id=" + firstPostOf(ALES);
        browser.open(page);
        browser.waitFor(By.id("intermediate:text"));
        return page;
    }

    private void typeEvaluation(String text) {
        WebElement date = browser.waitFor(By.id("intermediate:on:date"));
        date.clear();
        date.sendKeys(today());
        // Typed, not pasted: a long text takes the user minutes; the session may end meanwhile.
        browser.driver().findElement(By.id("intermediate:text")).sendKeys(text);
        assertEquals(text, value("intermediate:text"));
    }

    private void saveAndReadBack(String page, String text) {
        browser.driver().findElement(By.id("intermediate:write")).click();
        browser.waitForText(By.id("messages"), "Évaluation enregistrée.");
        assertTrue(browser.driver().findElements(By.id("ctg-restored")).isEmpty(),
                "no notice after a save that went through");
        browser.open(page);
        browser.waitFor(By.id("post-evaluations"));
        assertTrue(browser.pageText().contains("Point 12 – les partenaires « petite enfance »"),
                "shown on the post page");
        List<String> stored = evaluationsWith(text);
        assertEquals(1, stored.size(), "saved once");
        // Browsers send a text area's line breaks as CR LF (HTML); the words are exactly those typed.
        assertEquals(text, stored.get(0).replace("\r\n", "\n"));
    }

    /** Back on the same page, told why at the top, and that the typed text is back in the form. */
    private void assertBackOn(String page, String why) {
        WebElement notice = browser.waitFor(By.id("ctg-restored"));
        assertEquals(page, browser.driver().getCurrentUrl());
        assertTrue(browser.textOf(By.id("messages")).contains(why), browser.pageText());
        assertTrue(notice.getText().contains("Ce que vous aviez saisi a été remis dans le formulaire"),
                notice.getText());
    }

    /** The session ends (as after 30 minutes): the portal no longer knows this browser. */
    private void expireSession() {
        int removed = 0;
        for (Cookie c : new ArrayList<>(browser.driver().manage().getCookies())) {
            if (c.getName().startsWith("JSESSIONID")) {
                browser.driver().manage().deleteCookie(c);
                removed++;
            }
        }
        assertTrue(removed > 0, "the session cookie was there: " + browser.driver().manage().getCookies());
    }

    private static String holderOf(long post) {
        EmbeddedDatabase db = TestEnvironment.get().database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement("select holder_name from cooperation_post where id = ?")) {
            s.setLong(1, post);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String value(String id) {
        return browser.waitFor(By.id(id)).getDomProperty("value");
    }

    private boolean dialogOpen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('ctg-session-dialog').open;"));
    }

    private boolean signedIn() {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/session/ping', {cache: 'no-store'}).then(r => r.json()).then(j => done(j.active), () => done(false));");
        return Boolean.TRUE.equals(answer);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The intermediate evaluations by conseil.nord whose text (line breaks aside) is this one. */
    private static List<String> evaluationsWith(String text) {
        EmbeddedDatabase db = TestEnvironment.get().database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                PreparedStatement s = c
                        .prepareStatement("select text from post_evaluation where written_by = 'conseil.nord' "
                                + "and replace(text, '\\r\\n', '\\n') = ?")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                List<String> texts = new ArrayList<>();
                while (r.next()) {
                    texts.add(r.getString(1));
                }
                return texts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
