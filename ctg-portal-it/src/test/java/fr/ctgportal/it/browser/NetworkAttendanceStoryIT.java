package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13, the network attendance page through the real login: a Caf manager records a meeting, keeps
 * one territory's officers with the filter, ticks them all, saves; each line names the holder, the post
 * and the authority; only funded posts are listed (neither a vacant post nor one whose funding ended);
 * the attendance reads back. The meeting is dated long ago, so it is never the latest one that the
 * milestones of other tests read; the posts are the story's own (copies of an Uzès post, 0.80 FTE).
 */
class NetworkAttendanceStoryIT extends BrowserTest {

    private static final String UZES = "200034379";
    private static final String MEETING = "Story : réunion de réseau";

    @Test
    void aManagerTicksOneTerritorysOfficersAndReadsTheAttendanceBack() {
        long funded = ownPost(UZES, "Story réseau : poste financé", "Inès Réseau (fictive)");
        long ended = ownPost(UZES, "Story réseau : financement arrêté", "Oscar Arrêt (fictive)");
        update("update cooperation_post set funding_ended_on = current_date() where id = ?", String.valueOf(ended));
        long vacant = ownPost(UZES, "Story réseau : poste vacant", null);
        long territory = territoryOf(UZES);
        String authority = string("select name from authority where siren = ?", UZES);

        signInAs("direction.caf");
        browser.open(portal.baseUrl() + "/caf/reseau.xhtml");
        text("meeting:heldOn:date", "15/01/2021");
        text("meeting:title", MEETING);
        browser.waitFor(By.id("meeting:record")).click();
        browser.waitForText(By.id("messages"), "Réunion enregistrée.");
        long meeting = number("select max(id) from network_meeting where title = ?", MEETING);
        editAttendance(meeting);

        String all = section(meeting).getText();
        assertTrue(all.contains("Inès Réseau (fictive) – Story réseau : poste financé"), "holder and post named");
        assertFalse(all.contains("Oscar Arrêt") || all.contains("financement arrêté"), "funding ended: not listed");
        assertFalse(all.contains("poste vacant"), "vacant: not listed");

        String territoryName = string("select name from territory where id = ?", String.valueOf(territory));
        new Select(browser.waitFor(By.id("attendance:territory"))).selectByValue(String.valueOf(territory));
        waitUntil(d -> section(meeting).findElements(By.cssSelector(".ctg-check label")).stream()
                .allMatch(l -> l.getText().contains("(" + territoryName + ")")));
        List<WebElement> lines = section(meeting).findElements(By.cssSelector(".ctg-check label"));
        assertFalse(lines.isEmpty());
        for (WebElement line : lines) {
            assertTrue(line.getText().contains("(" + territoryName + ")"),
                    "only the territory chosen: " + line.getText());
            assertTrue(line.getText().matches(".+ – .+ \\(.+\\) – .+ \\(.+\\)"), "holder – post – authority: "
                    + line.getText());
        }
        assertTrue(lines.stream().anyMatch(l -> l.getText().contains("Inès Réseau (fictive) – Story réseau : poste "
                + "financé") && l.getText().contains(authority)), "the authority named");
        assertEquals(number("select count(*) from cooperation_post where territory_id = ? and status = 'FILLED' "
                + "and holder_name is not null and funding_ended_on is null and not unfunded_by_opinion",
                String.valueOf(territory)), lines.size(), "every funded post of the territory, once");

        section(meeting).findElement(By.xpath(".//button[contains(@id, 'tickAll')]")).click();
        waitUntil(d -> checkboxes(meeting).stream().allMatch(WebElement::isSelected));
        section(meeting).findElement(By.xpath(".//button[contains(@id, ':save')]")).click();
        browser.waitForText(By.id("messages"), "Présences enregistrées.");
        assertEquals(lines.size(), number("select count(*) from network_attendance a join cooperation_post p "
                + "on p.id = a.post_id where a.meeting_id = ?", String.valueOf(meeting)), "saved: that territory's");

        browser.open(portal.baseUrl() + "/caf/reseau.xhtml");
        editAttendance(meeting);
        List<WebElement> back = checkboxes(meeting);
        assertTrue(back.stream().anyMatch(WebElement::isSelected), "read back");
        assertEquals(lines.size(), back.stream().filter(WebElement::isSelected).count(),
                "the territory's officers ticked, the others not");
        assertTrue(section(meeting).getText().contains("Inès Réseau"));
        fullScreenshot("reseau-presences");
        assertTrue(funded > 0 && vacant > 0);
    }

    /** The page edits one meeting's attendance at a time (the most recent first): choose this one. */
    private void editAttendance(long meeting) {
        List<WebElement> edit = section(meeting).findElements(By.xpath(".//button[contains(@id, ':edit')]"));
        if (!edit.isEmpty()) {
            edit.get(0).click();
            waitUntil(d -> !checkboxes(meeting).isEmpty());
        }
    }

    private WebElement section(long meeting) {
        return browser.waitFor(By.id("meeting-" + meeting));
    }

    private List<WebElement> checkboxes(long meeting) {
        return section(meeting).findElements(By.cssSelector(".ctg-check input[type='checkbox']"));
    }
}
