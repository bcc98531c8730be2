package fr.ctgportal.it.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;

import fr.ctgportal.dev.EmbeddedDatabase;
import fr.ctgportal.dev.PayaraMicroServer;
import fr.ctgportal.it.env.TestEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test needs: the portal as users get it (real WAR, real Keycloak), a fresh
 * headless Chromium per test, signing in with a demo account, and ids of the demo data.
 */
abstract class BrowserTest {

    /** Password of every demo account of the realm. */
    static final String PASSWORD = "CtgDemo2026!";

    static PayaraMicroServer portal;
    Browser browser;

    @BeforeAll
    static void startPortal() {
        portal = TestEnvironment.get().portal();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(TestEnvironment.get().work().resolve("browser"));
    }

    /** A screenshot of the page a test failed on, before the browser closes. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            try {
                fullScreenshot("ECHEC-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    };

    /** Every page a test saw ran all its scripts: the console names no refusal of the security policy. */
    @AfterEach
    void closeBrowser() {
        try {
            assertNoPolicyViolation();
        } finally {
            browser.close();
        }
    }

    private void assertNoPolicyViolation() {
        List<String> refused = browser.policyViolations();
        org.junit.jupiter.api.Assertions.assertTrue(refused.isEmpty(),
                "the Content-Security-Policy refused parts of a page: " + refused);
    }

    /** Opens the portal's home page and signs in on Keycloak's login page. */
    void signInAs(String username) {
        browser.open(portal.baseUrl() + "/");
        browser.signIn(username, PASSWORD);
        // back on the portal, page loaded: a next open() would otherwise race the login's redirects
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(portal.baseUrl())
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        browser.heading();
    }

    /** Another user in a new browser: signs in as them. */
    void switchTo(String username) {
        try {
            assertNoPolicyViolation();
        } finally {
            browser.close();
        }
        openBrowser();
        signInAs(username);
    }

    static long firstPostOf(String siren) {
        return number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ?", siren);
    }

    static long territoryOf(String siren) {
        return number("select territory_id from authority where siren = ?", siren);
    }

    static long number(String sql, String arg) {
        // a DECIMAL column reads "6651.00": a whole number whatever its scale (refused if it has a fraction)
        return new java.math.BigDecimal(string(sql, arg)).longValueExact();
    }

    /** The first column of the first row of a query, as text. */
    static String string(String sql, String arg) {
        EmbeddedDatabase db = TestEnvironment.get().database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (30 s at most) until the page meets the condition, e.g. after an Ajax update. */
    void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /**
     * A post of the authority of a story's own (as the service tests' {@code Demo.ownPost}): a copy of its
     * first filled post, 0.80 FTE (so that the tests picking full-time posts never take it), no historical
     * bonus.
     *
     * @param holder the holder's name; null for a post vacant (departure) since three days
     * @return the post's id
     */
    static long ownPost(String siren, String title, String holder) {
        long model = number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.status = 'FILLED'", siren);
        update("insert into cooperation_post (territory_id, employer_id, title, holder_name, employment_fte, "
                + "cooperation_share, annual_cost, origin, status, qualification, employer_kind, cofinancing_share, "
                + "current_funding, vacant_since, vacancy_cause) select territory_id, employer_id, ?, "
                + (holder == null ? "null, " : "'" + holder.replace("'", "''") + "', ")
                + "0.80, cooperation_share, annual_cost, origin, " + (holder == null
                        ? "'VACANT'"
                        : "'FILLED'")
                + ", qualification, employer_kind, cofinancing_share, 0, "
                + (holder == null ? "date_sub(current_date(), interval 3 day), 'DEPARTURE'" : "null, null")
                + " from cooperation_post where id = " + model, title);
        return number("select max(id) from cooperation_post where title = ?", title);
    }

    /**
     * A draft annual report of an officer's post for a year that no other test reads (the service tests and the
     * report story use last year and this year), made in the database as the officer would have started it.
     *
     * @return the report's id
     */
    static long draftReport(String officer, int year, boolean ctgLead) {
        long post = number("select id from cooperation_post where officer_username = ?", officer);
        update("insert into annual_report (post_id, officer_username, report_year, edition, ctg_lead, status, due_date) "
                + "values (?, '" + officer + "', " + year + ", 'CNAF-2023', " + ctgLead + ", 'DRAFT', '" + (year + 1)
                + "-06-30')", String.valueOf(post));
        return number("select id from annual_report where report_year = " + year + " and officer_username = ?",
                officer);
    }

    static void update(String sql, String arg) {
        EmbeddedDatabase db = TestEnvironment.get().database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Downloads a file as the signed-in user: the request carries the browser's cookies. */
    HttpResponse<byte[]> downloadWithTheBrowsersSession(String url) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map((Cookie c) -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A screenshot of the whole page, to review how it reads. */
    void fullScreenshot(String name) {
        Dimension size = browser.driver().manage().window().getSize();
        Object height = ((JavascriptExecutor) browser.driver()).executeScript("return document.body.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(size.width, ((Number) height).intValue() + 150));
        try {
            browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(size);
        }
    }

    /**
     * Clicks a button of an irreversible action and confirms in the dialog it opens, as a user does;
     * the dialog must say what will happen.
     *
     * @return the dialog's text
     */
    String clickAndConfirm(By button) {
        browser.waitFor(button).click();
        String message = browser.textOf(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"));
        org.junit.jupiter.api.Assertions.assertFalse(message.isBlank(), "the confirmation names what will happen");
        browser.waitFor(By.id("confirm-form:confirm-yes")).click();
        return message;
    }

    /** The stage of the recruitment file shown. */
    String stage() {
        return browser.textOf(By.id("file-stage"));
    }

    /** Replaces the text of a field the way a user does. */
    void text(String id, String value) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Ticks a checkbox or a radio button by its label, as a user does. */
    void check(String id) {
        browser.waitFor(By.cssSelector("label[for='" + id + "']")).click();
    }

    /**
     * Replaces the value of a field the way a user does: select all, type, leave the field. The id is
     * the field's (a number field of the ctg tags) or a PrimeFaces widget's whose input is {@code <id>_input}.
     */
    void type(String id, String text) {
        WebElement input = browser.waitFor(By.xpath("//input[@id='" + id + "' or @id='" + id + "_input']"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Every item conform, or the missions to change with that comment. */
    void review(String missionsComment) {
        for (int item = 0; item < 7; item++) {
            boolean change = item == 0 && missionsComment != null;
            browser.waitFor(By.id("review:items:" + item + ":verdict:" + (change ? 1 : 0))).click();
        }
        if (missionsComment != null) {
            text("review:items:0:comment", missionsComment);
        }
    }

    /** A real one-page PDF, as an authority would upload. */
    static Path samplePdf() throws IOException {
        Path file = TestEnvironment.get().work().resolve("fiche-de-poste.pdf");
        if (!Files.exists(file)) {
            com.lowagie.text.Document document = new com.lowagie.text.Document();
            try (var out = Files.newOutputStream(file)) {
                com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
                document.open();
                document.add(new com.lowagie.text.Paragraph("Fiche de poste – chargé·e de coopération CTG"));
                document.close();
            }
        }
        org.junit.jupiter.api.Assertions
                .assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        return file;
    }
}
