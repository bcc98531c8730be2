package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.it.env.TestEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the portal sends out over HTTP, whoever asks: the security headers on every response, nothing
 * of a signed-in page kept by the browser (Back after signing out asks to sign in again), the
 * operators' metrics closed to others, no server error for a forged request, sign-out back to the
 * configured address whatever the {@code Host} header says, and malformed ids answered "not found".
 */
class HttpHardeningIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyResponseCarriesTheSecurityHeadersAndSignedInPagesAreNeverKept() throws Exception {
        signInAs("rh.uzes");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertEquals("Lax", session.getSameSite(), "the session cookie is SameSite=Lax");
        assertTrue(session.isHttpOnly());
        assertFalse(session.isSecure(), "served over plain HTTP in the tests: not Secure");

        HttpResponse<String> page = get("/collectivite/index.xhtml", cookies());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Nos postes"), "signed in: " + page.body());
        assertSecurityHeaders(page);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the policy's nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|submit|load)=.*"),
                "no inline event attribute is left in the page (PrimeFaces' CSP mode moves them into scripts)");

        HttpResponse<String> missing = get("/pas-la.xhtml", null);
        assertFrenchErrorPage(missing, 404, "Page introuvable");
        assertSecurityHeaders(missing);
        assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""));
        assertSecurityHeaders(get("/fichiers/rapport?id=abc", cookies()));
        // a static resource may be kept, and carries the headers too
        HttpResponse<String> script = get("/jakarta.faces.resource/js/forms.js.xhtml", null);
        assertEquals(200, script.statusCode());
        assertSecurityHeaders(script);
    }

    @Test
    void aScriptInjectedIntoAPageDoesNotRun() {
        signInAs("rh.uzes");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("var s = document.createElement('script'); s.textContent = 'window.ctgInjected = true;';"
                + " document.body.appendChild(s);"
                + " var b = document.createElement('button'); b.id = 'ctg-injected'; b.setAttribute('onclick',"
                + " 'window.ctgClicked = true'); document.body.appendChild(b); b.click();");
        assertEquals(Boolean.FALSE, page.executeScript("return window.ctgInjected === true"), "inline script refused");
        assertEquals(Boolean.FALSE, page.executeScript("return window.ctgClicked === true"), "inline handler refused");
        List<String> refused = browser.policyViolations();
        assertEquals(2, refused.size(), "the browser says what the policy refused: " + refused);
        assertTrue(refused.stream().allMatch(m -> m.contains("script-src")), refused.toString());
    }

    @Test
    void thePagesOwnHandlersStillRunUnderThePolicy() {
        signInAs("conseil.sud");
        browser.open(portal.baseUrl() + "/caf/financements.xhtml");
        org.openqa.selenium.support.ui.Select year = new org.openqa.selenium.support.ui.Select(
                browser.waitFor(By.id("year:choice")));
        String other = year.getOptions().stream().map(o -> o.getText())
                .filter(y -> !y.equals(year.getFirstSelectedOption().getText())).findFirst().orElseThrow();
        // the select's onchange (moved by PrimeFaces' CSP mode into a script with the page's nonce) sends the form
        year.selectByVisibleText(other);
        browser.waitForText(By.cssSelector("#funding-totals caption"), other);
    }

    @Test
    void backAfterSigningOutShowsTheSignInPageNotTheRecruitmentFile() {
        String candidate = "Zoé Retour-Arrière (fictive)";
        long file = recruitmentFileWithCandidate("200034379", candidate);
        signInAs("rh.uzes");
        browser.open(portal.baseUrl() + "/collectivite/recrutements/dossier.xhtml?id=" + file);
        browser.waitForText(By.tagName("body"), candidate);

        browser.waitFor(By.id("deconnexion")).click();
        browser.waitForText(By.id("logged-out"), "Votre session sur le portail");
        browser.driver().navigate().back();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && !d.findElements(By.id("username")).isEmpty());
        browser.screenshot("retour-apres-deconnexion");
        assertFalse(browser.pageText().contains(candidate), "Back shows no candidate: " + browser.pageText());
        assertTrue(browser.waitFor(By.id("username")).isDisplayed(), "Back asks to sign in again");
    }

    @Test
    void metricsAreForOperatorsAndHealthForAll() throws Exception {
        assertEquals(401, get("/metrics", null).statusCode(), "anonymous");
        assertEquals(401, get("/metrics/base", null).statusCode(), "anonymous, below /metrics");
        HttpResponse<String> wrong = send(
                request("/metrics").header("Authorization", "Bearer pas-le-bon-jeton").build());
        assertFrenchErrorPage(wrong, 401, "Connexion interrompue");

        HttpResponse<String> scraper = send(
                request("/metrics").header("Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN).build());
        assertEquals(200, scraper.statusCode());
        assertTrue(scraper.body().contains("# TYPE"), "the operators read the metrics with the token");

        signInAs("rh.uzes");
        assertEquals(403, get("/metrics", cookies()).statusCode(), "a signed-in user who is not an operator");
        assertEquals(200, get("/health", null).statusCode(), "health stays public");
        assertEquals(200, get("/health/ready", null).statusCode());

        switchTo("admin.ctg");
        browser.open(portal.baseUrl() + "/metrics");
        assertTrue(browser.driver().getPageSource().contains("# TYPE"), "a signed-in admin reads them in the browser");
    }

    @Test
    void forgedRequestsGetTheFrenchErrorPageNeverAServerError() throws Exception {
        assertFrenchErrorPage(get("/Callback?code=forge&state=forge", null), 401, "Connexion interrompue");
        for (String composite : List.of("dateField", "fundingDecision", "milestoneState", "postTable")) {
            assertFrenchErrorPage(get("/resources/ctg/" + composite + ".xhtml", null), 404, "Page introuvable");
        }
        assertFrenchErrorPage(get("/resources/js/forms.js", null), 404, "Page introuvable");

        signInAs("rh.uzes");
        for (String page : List.of("/collectivite/index.xhtml", "/au-revoir.xhtml", "/erreur/404.xhtml")) {
            // the portal has no stateless view: such a post was never one of its forms
            assertFrenchErrorPage(post(page, "jakarta.faces.ViewState=stateless&x=1"), 400, "Demande incorrecte");
            // a view state under the former name is no view state: the page, as for a GET
            assertEquals(200, post(page, "javax.faces.ViewState=stateless&x=1").statusCode(), page);
            // a made-up nonce of PrimeFaces' CSP mode
            assertFrenchErrorPage(post(page, "jakarta.faces.ViewState=stateless&primefaces.nonce=abc"), 400,
                    "Demande incorrecte");
        }
        // a signed-in user's callback with a forged code and state: the portal's home, as after a sign-in
        HttpResponse<String> signedIn = get("/Callback?code=forge&state=forge", cookies());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals(portal.baseUrl() + "/", signedIn.headers().firstValue("Location").orElse(""));
    }

    @Test
    void signingOutComesBackToTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
        String location = rawGetLocation("/deconnexion", "evil.example", null);
        assertEquals(portal.baseUrl() + "/au-revoir.xhtml", location);

        signInAs("rh.uzes");
        String toKeycloak = rawGetLocation("/deconnexion", "evil.example:" + 38443, cookies());
        String configuredBack = java.net.URLEncoder.encode(portal.baseUrl() + "/au-revoir.xhtml",
                StandardCharsets.UTF_8);
        assertTrue(toKeycloak.contains("post_logout_redirect_uri=" + configuredBack), toKeycloak);
        assertFalse(toKeycloak.contains("evil.example"), toKeycloak);
    }

    @Test
    void malformedIdsAreNotFound() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 4;
        long report = draftReport("coop.uzes", year, false);
        signInAs("coop.uzes");
        assertEquals(200, get("/fichiers/rapport?id=" + report, cookies()).statusCode(), "the report itself");
        for (String bad : List.of("abc", "-1", "1e5", "99999999999999999999", "+1", "", "1.0", "0x1")) {
            String raw = java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8);
            assertFrenchErrorPage(get("/fichiers/rapport?id=" + report + "&piece=" + raw, cookies()), 404,
                    "Page introuvable");
            assertFrenchErrorPage(get("/fichiers/rapport?id=" + raw, cookies()), 404, "Page introuvable");
            assertFrenchErrorPage(get("/collectivite/rapports/rapport.xhtml?id=" + raw, cookies()), 404,
                    "Page introuvable");
        }

        switchTo("rh.uzes");
        long post = firstPostOf("200034379");
        assertEquals(200, get("/collectivite/poste.xhtml?id=" + post, cookies()).statusCode());
        for (String bad : List.of("abc", "-1", "1e5", "99999999999999999999", post + "abc", " " + post)) {
            String raw = java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8);
            assertFrenchErrorPage(get("/collectivite/poste.xhtml?id=" + raw, cookies()), 404, "Page introuvable");
            assertFrenchErrorPage(get("/collectivite/recrutements/dossier.xhtml?id=" + raw, cookies()), 404,
                    "Page introuvable");
            assertFrenchErrorPage(get("/fichiers/recrutement?dossier=" + raw + "&avis", cookies()), 404,
                    "Page introuvable");
            assertFrenchErrorPage(get("/fichiers/decision?id=" + raw, cookies()), 404, "Page introuvable");
        }

        switchTo("conseil.sud");
        long territory = territoryOf("200034379");
        assertEquals(200, get("/fichiers/rapports?annee=" + year + "&territoire=" + territory, cookies()).statusCode());
        for (String bad : List.of("abc", "-1", "1e5", "99999999999999999999")) {
            String raw = java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8);
            assertFrenchErrorPage(get("/fichiers/rapports?annee=" + year + "&territoire=" + raw, cookies()), 404,
                    "Page introuvable");
            assertFrenchErrorPage(get("/fichiers/rapports?annee=" + raw, cookies()), 404, "Page introuvable");
            assertFrenchErrorPage(get("/caf/territoire.xhtml?id=" + raw, cookies()), 404, "Page introuvable");
            assertFrenchErrorPage(get("/caf/poste.xhtml?id=" + raw, cookies()), 404, "Page introuvable");
            assertFrenchErrorPage(get("/caf/bilan.xhtml?id=" + raw, cookies()), 404, "Page introuvable");
        }
    }

    // ---- helpers ----

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "one policy");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-eval")
                && !policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    private static void assertFrenchErrorPage(HttpResponse<String> response, int status, String title) {
        assertEquals(status, response.statusCode(), () -> response.uri() + ": " + response.body());
        assertTrue(response.body().contains("lang=\"fr\"") && response.body().contains(title),
                () -> response.uri() + ": the French page \"" + title + "\", not: " + response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** The browser's cookies for this portal, as a Cookie header. */
    private String cookies() {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static URI uri(String path) {
        return URI.create(portal.baseUrl() + path);
    }

    /** A request as a French browser sends it. */
    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr-FR,fr");
    }

    private static HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return send(request.build());
    }

    /** A form post of the signed-in user, with that body. */
    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(
                request(path).header("Cookie", cookies()).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A GET written by hand, with the Host header given (Java's HTTP client does not let a test set it).
     *
     * @return its Location header
     */
    private static String rawGetLocation(String path, String host, String cookies) throws IOException {
        URI base = URI.create(portal.baseUrl());
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (cookies == null ? "" : "Cookie: " + cookies + "\r\n") + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
            return answer.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .map(l -> l.substring(9).strip()).orElseThrow(() -> new AssertionError(answer));
        }
    }

    /**
     * A recruitment file of the authority whose job description the Caf agreed, with one candidate, made
     * in the database as the workflow would have left it.
     *
     * @return the file's id
     */
    private static long recruitmentFileWithCandidate(String siren, String candidate) {
        String title = "Retour arrière " + System.nanoTime();
        update("insert into recruitment_file (kind, stage, authority_id, territory_id, title, opened_by, opened_at) "
                + "select 'NEW_POST', 'DESCRIPTION_AGREED', id, territory_id, '" + title + "', 'rh.uzes', now(3) "
                + "from authority where siren = ?", siren);
        long file = number("select id from recruitment_file where title = ?", title);
        update("insert into job_description (file_id, number, saved_by, saved_at, submitted_by, submitted_at, "
                + "review_outcome, reviewed_by, reviewed_at) values (?, 1, 'rh.uzes', now(3), 'rh.uzes', now(3), "
                + "'AGREED', 'conseil.sud', now(3))", String.valueOf(file));
        update("insert into candidate (file_id, full_name, qualification, framework, added_by, added_at) values ("
                + file + ", ?, 'BAC3_OR_ABOVE', 'EARLY_CHILDHOOD_EDUCATOR_B', 'rh.uzes', now(3))", candidate);
        return file;
    }
}
