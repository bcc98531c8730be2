package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * RGAA: every page a person of each role reaches (the pages of the menu, one detail page of each
 * kind found from them, the error pages) has no serious or critical violation found by axe-core
 * (Deque's build of the npm package, injected into the page by the test), for the WCAG 2.1 A and
 * AA criteria that RGAA 4.1 takes up.
 */
class AccessibilityIT extends BrowserTest {

    /** WCAG 2.0 and 2.1, levels A and AA: what RGAA 4.1 requires of a French public service. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Detail pages, by kind: the path without its id. */
    private static final Pattern DETAIL = Pattern.compile(
            "/(?:caf|collectivite)/(?:poste|territoire|bilan|recrutements/dossier|rapports/rapport)\\.xhtml\\?id=\\d+");

    /** Page (role and path) -> its serious or critical violations, readable. */
    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private int pagesAudited;

    @Test
    void everyPageOfEveryRoleHasNoSeriousOrCriticalViolation() {
        Long report = null;
        try {
            signInAs("rh.uzes");
            long file = aRecruitmentFile();
            auditArea("rh.uzes", List.of("/caf/index.xhtml", "/collectivite/poste.xhtml?id=999999999"));

            switchTo("coop.uzes");
            report = aReportOpenedHere();
            auditArea("coop.uzes", List.of());
            if (report != null) {
                // sent, so that the Caf sees it too
                update("update annual_report set status = 'SUBMITTED', submitted_at = current_timestamp(3) where id = ?",
                        report.toString());
            }

            List<String> cafDetails = new ArrayList<>();
            cafDetails.add("/caf/recrutements/dossier.xhtml?id=" + file);
            if (report != null) {
                cafDetails.add("/caf/rapports/rapport.xhtml?id=" + report);
            }
            switchTo("conseil.sud");
            update("update recruitment_file set stage = 'DESCRIPTION_SUBMITTED' where id = ? and stage = 'DRAFT'",
                    String.valueOf(file));
            auditArea("conseil.sud", cafDetails);
            switchTo("direction.caf");
            auditArea("direction.caf", cafDetails);
            update("update recruitment_file set stage = 'DRAFT' where id = ? and stage = 'DESCRIPTION_SUBMITTED'",
                    String.valueOf(file));
            // the administration area: reference data and accounts (Keycloak's, read through its Admin API)
            switchTo("admin.ctg");
            auditArea("admin.ctg", List.of("/admin/index.xhtml", "/admin/comptes.xhtml"));

            browser.waitFor(By.id("deconnexion")).click();
            browser.waitFor(By.id("logged-out"));
            audit("public", "/au-revoir.xhtml");
        } finally {
            if (report != null) {
                deleteReport(report);
            }
        }

        assertTrue(pagesAudited >= 40, "pages audited: " + pagesAudited);
        StringBuilder text = new StringBuilder();
        violations.forEach((page, list) -> {
            text.append('\n').append(page).append('\n');
            list.forEach(v -> text.append(v).append('\n'));
        });
        assertTrue(violations.isEmpty(), violations.size() + " of " + pagesAudited
                + " pages have serious or critical violations (" + String.join(", ", TAGS) + "):" + text);
    }

    /**
     * Audits the pages of the signed-in user's menu, then one page of each detail kind linked from
     * them (and from those detail pages), then the extra paths given.
     */
    private void auditArea(String user, List<String> extraPaths) {
        List<String> menu = browser.driver().findElements(By.cssSelector("nav.ctg-nav a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertFalse(menu.isEmpty(), "a menu for " + user);
        Set<String> kinds = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(menu);
        for (int i = 0; i < queue.size(); i++) {
            String url = queue.get(i);
            audit(user, url.substring(portal.baseUrl().length()));
            for (WebElement a : browser.driver().findElements(By.cssSelector("main a[href]"))) {
                String href = a.getAttribute("href");
                Matcher m = href == null ? null : DETAIL.matcher(href);
                if (m != null && m.find() && kinds.add(m.group().replaceAll("\\?id=\\d+", ""))) {
                    queue.add(portal.baseUrl() + m.group());
                }
            }
        }
        extraPaths.forEach(path -> audit(user, path));
    }

    /** Opens a page of the portal and waits until it is there and loaded (not the end of a previous redirect). */
    private void go(String path) {
        String url = portal.baseUrl() + path;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            if (!url.equals(d.getCurrentUrl())) {
                browser.open(url);
            }
            return url.equals(d.getCurrentUrl())
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
        });
        browser.heading();
    }

    private void audit(String user, String path) {
        go(path);
        String page = user + " " + path;
        assertFalse(browser.heading().equals("Une erreur est survenue"), page + " failed: " + browser.pageText());
        Results results = new AxeBuilder().withOptions(axeOptions()).analyze(browser.driver());
        assertFalse(results.isErrored(), page + ": axe-core failed: " + results.getErrorMessage());
        pagesAudited++;
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                found.add("  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " ("
                        + rule.getNodes().size() + ")");
                for (CheckedNode node : rule.getNodes()) {
                    found.add("      " + node.getTarget() + " – "
                            + String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " "));
                }
            }
        }
        if (!found.isEmpty()) {
            violations.put(page + " (" + browser.heading() + ")", found);
            fullScreenshot("a11y-" + user + path.replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    /**
     * The rules of the WCAG tags, plus the one that axe-core still calls experimental and that found
     * the simulator's labels: a visible label the accessible name does not contain (WCAG 2.5.3, RGAA 6.1).
     */
    private static AxeRunOptions axeOptions() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of("label-content-name-mismatch", enabled));
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** A recruitment file of the authority, opened for a new post when it has none yet. */
    private long aRecruitmentFile() {
        go("/collectivite/recrutements/index.xhtml");
        List<WebElement> files = browser.driver()
                .findElements(By.cssSelector("main a[href*='recrutements/dossier.xhtml?id=']"));
        if (!files.isEmpty()) {
            return Long.parseLong(files.get(0).getAttribute("href").replaceAll(".*\\?id=(\\d+).*", "$1"));
        }
        browser.waitFor(By.cssSelector("label[for='open:kind:1']")).click(); // a new post
        browser.waitFor(By.id("open:title")).sendKeys("Chargé·e de coopération (audit d'accessibilité)");
        browser.driver().findElement(By.id("open:openFile")).click();
        browser.waitForText(By.tagName("h1"), "Dossier de recrutement");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /**
     * Last year's report of the officer's post, opened here when no report can be viewed yet (and
     * deleted at the end: the report tests open this post's reports themselves), or null.
     */
    private Long aReportOpenedHere() {
        go("/collectivite/rapports/index.xhtml");
        if (!browser.driver().findElements(By.cssSelector("main a[href*='rapports/rapport.xhtml?id=']")).isEmpty()) {
            return null;
        }
        List<WebElement> open = browser.driver().findElements(By.cssSelector("button[id$='open']"));
        assertFalse(open.isEmpty(), "the officer can open a report");
        open.get(open.size() - 1).click();
        browser.waitForText(By.id("messages"), "Rapport commencé.");
        return number("select max(id) from annual_report where officer_username = ?", "coop.uzes");
    }

    private static void deleteReport(long id) {
        String report = String.valueOf(id);
        update("delete from report_answer where report_id = ?", report);
        update("delete from report_function_text where report_id = ?", report);
        update("delete from report_attachment where report_id = ?", report);
        update("delete from annual_report where id = ?", report);
    }
}
