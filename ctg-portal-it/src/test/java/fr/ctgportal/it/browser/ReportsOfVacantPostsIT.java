package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13 through the real login. Two posts of Pays d'Uzès of this test's own became vacant (their
 * officer's account cleared): one with this year's report accepted after a request for additions,
 * one with a draft. The employer still lists both and finishes the draft; the Caf lists the
 * accepted one, reads its review history (the request, then the evaluation), and the end-of-term
 * review draws the post's indicators on a chart with axes and values, then shows the conclusion
 * saved.
 */
class ReportsOfVacantPostsIT extends BrowserTest {

    private static final String UZES = "200034379";
    private static final String ACCEPTED_TITLE = "Coopération CTG (test navigateur, rapport accepté)";
    private static final String DRAFT_TITLE = "Coopération CTG (test navigateur, brouillon)";

    private static String year() {
        return String.valueOf(LocalDate.now(ZoneId.of("Europe/Paris")).getYear());
    }

    /** A vacant, funded post of Pays d'Uzès without officer account, with a report of this year by a former officer. */
    private static long vacantPostWithReport(String title, String status) {
        if (number("select count(*) from cooperation_post where title = ?", title) == 0) {
            update("insert into cooperation_post (territory_id, employer_id, title, employment_fte, cooperation_share, "
                    + "annual_cost, origin, status, qualification, employer_kind, cofinancing_share, vacant_since, "
                    + "vacancy_cause, current_funding) select territory_id, id, ?, 1.00, 0.5000, 40000.00, 'EXISTING', "
                    + "'VACANT', 'BAC3_OR_ABOVE', 'SIGNATORY_AUTHORITY', 0.5000, current_date() - interval 10 day, "
                    + "'DEPARTURE', 0 from authority where siren = '" + UZES + "'", title);
            long post = number("select id from cooperation_post where title = ?", title);
            String y = year();
            update("insert into annual_report (post_id, officer_username, report_year, edition, ctg_lead, status, "
                    + "due_date, submitted_at, submitted_by, caf_comment, caf_by, caf_at, accepted_by, accepted_at) "
                    + "values (?, 'coop.ancien', " + y + ", 'CNAF-2023', false, '" + status + "', '"
                    + (Integer.parseInt(y) + 1) + "-06-30', "
                    + (status.equals("ACCEPTED")
                            ? "current_timestamp(3), 'coop.ancien', 'Préciser les partenaires.', 'conseil.sud', "
                                    + "current_timestamp(3) - interval 1 day, 'conseil.sud', current_timestamp(3)"
                            : "null, null, null, null, null, null, null")
                    + ")", String.valueOf(post));
            long report = number("select id from annual_report where post_id = ?", String.valueOf(post));
            if (status.equals("ACCEPTED")) {
                update("insert into report_additions_request (report_id, position, comment, asked_by, asked_at) values "
                        + "(?, 0, 'Préciser les partenaires.', 'conseil.sud', current_timestamp(3) - interval 1 day)",
                        String.valueOf(report));
                update("insert into report_answer (report_id, indicator_code, count_value, text_value) values "
                        + "(?, '1.1-S2', 7, 'Expertise petite enfance'), (" + report + ", '2.1-S1', 12, null), ("
                        + report + ", '3.1-S1', 4, 'Partenaires')", String.valueOf(report));
                update("insert into post_evaluation (post_id, kind, evaluated_on, report_year, text, written_by, "
                        + "written_at) values (?, 'ANNUAL', current_date(), " + y + ", 'Évaluation annuelle : "
                        + "partenariats élargis.', 'conseil.sud', current_timestamp(3))", String.valueOf(post));
            }
        }
        return number("select id from cooperation_post where title = ?", title);
    }

    @Test
    void theEmployerAndTheCafKeepTheReportsOfAVacantPost() {
        long accepted = vacantPostWithReport(ACCEPTED_TITLE, "ACCEPTED");
        vacantPostWithReport(DRAFT_TITLE, "DRAFT");
        String year = year();

        signInAs("rh.uzes");
        browser.waitFor(By.id("nav-rapports")).click();
        WebElement acceptedRow = rowOf(ACCEPTED_TITLE, year);
        assertTrue(acceptedRow.getText().contains("Accepté"), acceptedRow.getText());
        assertTrue(acceptedRow.getText().contains("coop.ancien"), "the officer who wrote it");
        WebElement draftRow = rowOf(DRAFT_TITLE, year);
        assertTrue(draftRow.getText().contains("Brouillon"));
        draftRow.findElement(By.linkText("Ouvrir")).click();
        assertTrue(browser.textOf(By.id("employer-writes")).contains("vous pouvez compléter"));
        WebElement count = browser.driver().findElements(By.cssSelector("input[id$=':count']")).get(0);
        count.clear();
        count.sendKeys("6");
        browser.driver().findElement(By.id("report:save")).click();
        browser.waitForText(By.id("messages"), "Brouillon enregistré.");
        assertEquals("6",
                browser.valueOf(By.cssSelector("input[id$=':count']"), 0));
        fullScreenshot("rapport-poste-vacant-employeur");

        switchTo("conseil.sud");
        browser.waitFor(By.id("nav-rapports")).click();
        new Select(browser.waitFor(By.id("year:choice"))).selectByVisibleText(year);
        browser.waitForText(By.id("report-table"), ACCEPTED_TITLE);
        assertTrue(rowOf(ACCEPTED_TITLE, year).getText().contains("Accepté"));
        assertTrue(browser.textOf(By.id("report-table")).contains("Non commencé"),
                "the funded posts whose report is not started are listed");
        browser.open(portal.baseUrl() + "/caf/rapports/rapport.xhtml?id="
                + number("select id from annual_report where post_id = ?", String.valueOf(accepted)));
        WebElement history = browser.waitFor(By.id("review-history"));
        List<WebElement> steps = history.findElements(By.tagName("h3"));
        assertEquals(List.of("Compléments demandés", "Évaluation annuelle"), steps.stream().map(WebElement::getText)
                .toList(), "the request for additions, then the evaluation");
        assertTrue(history.getText().contains("Évaluation annuelle : partenariats élargis."));
        fullScreenshot("rapport-historique-caf");
    }

    @Test
    void theEndOfTermReviewDrawsTheIndicatorsAndShowsTheSavedConclusion() {
        long post = vacantPostWithReport(ACCEPTED_TITLE, "ACCEPTED");
        signInAs("conseil.sud");
        browser.open(portal.baseUrl() + "/caf/bilan.xhtml?id=" + post);
        browser.waitFor(By.cssSelector("#history-chart canvas"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // Chart.js drew it: its data are the post's counts, its axes are titled.
        Object values = js.executeScript("var c = Chart.getChart(document.querySelector('#history-chart canvas'));"
                + "return c ? JSON.stringify({labels: c.data.labels, data: c.data.datasets.map(d => d.data), "
                + "x: c.options.scales.x.title.text, y: c.options.scales.y.title.text, "
                + "ticks: c.scales.x.ticks.length}) : null;");
        String chart = String.valueOf(values);
        assertTrue(chart.contains("\"labels\":[\"1.1-S2\",\"2.1-S1\",\"3.1-S1\"]"), chart);
        assertTrue(chart.contains("[7,12,4]"), chart);
        assertTrue(chart.contains("\"x\":\"Nombre\"") && chart.contains("\"y\":\"Indicateur\""), chart);
        assertTrue(!chart.contains("\"ticks\":0"), "a graduated axis: " + chart);
        fullScreenshot("bilan-graphique");

        WebElement date = browser.waitFor(By.id("conclusion:on:date"));
        date.clear();
        date.sendKeys(LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.driver().findElements(By.cssSelector("input[name='conclusion:choice']")).get(1).click();
        browser.driver().findElement(By.id("conclusion:text")).sendKeys("Indicateurs en progression ; pesée à revoir.");
        browser.driver().findElement(By.id("conclusion:write")).click();
        browser.waitForText(By.id("messages"), "Évaluation enregistrée.");
        assertEquals("Renouveler sous conditions", browser.textOf(By.id("saved-conclusion-value")));
        assertTrue(browser.textOf(By.id("saved-conclusion"))
                .contains("Indicateurs en progression ; pesée à revoir."));
        browser.waitFor(By.cssSelector("#history-chart canvas"));
        fullScreenshot("bilan-conclusion-enregistree");
    }

    private WebElement rowOf(String title, String year) {
        return browser.waitFor(By.id("report-table")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(title) && tr.findElements(By.tagName("td")).size() > 1
                        && tr.findElements(By.tagName("td")).get(1).getText().equals(year))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + title));
    }
}
