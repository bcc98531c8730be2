package fr.ctgportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.it.env.KeycloakUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator creates, in the browser, the account of a new HR of Uzès (its own user, deleted
 * from Keycloak first: the tests' Keycloak keeps its data); the user chooses a password (set here
 * through the Admin API, as Keycloak's e-mail link would), signs in, sees only Uzès's posts and the
 * page where it invites its cooperation officers.
 */
class AccountsStoryIT extends BrowserTest {

    private static final String USER = "rh.navigateur.uzes";

    @Test
    void anAccountCreatedByTheAdministratorSignsInAndSeesOnlyItsAuthority() {
        KeycloakUsers keycloak = KeycloakUsers.ofTestKeycloak();
        keycloak.delete(USER);

        signInAs("admin.ctg");
        browser.open(portal.baseUrl() + "/admin/comptes.xhtml");
        text("newAccount:username", USER);
        text("newAccount:firstName", "Nora");
        text("newAccount:lastName", "Navigateur");
        text("newAccount:email", USER + "@demo.ctg-portal.invalid");
        new Select(browser.waitFor(By.id("newAccount:role"))).selectByValue("authority-hr");
        text("newAccount:siren", "200034379");
        text("newAccount:createReason", "nouvelle RH");
        browser.driver().findElement(By.id("newAccount:create")).click();
        browser.waitForText(By.id("messages"), "Le compte est créé");
        assertTrue(browser.pageText().contains("Nora Navigateur"));
        fullScreenshot("admin-accounts");

        keycloak.setPassword(USER, PASSWORD);
        switchTo(USER);
        String page = browser.pageText();
        assertTrue(page.contains("CC Pays d'Uzès"), page);
        assertFalse(page.contains("Alès Agglomération"), page);
        browser.open(portal.baseUrl() + "/collectivite/agents.xhtml");
        assertTrue(browser.pageText().contains("Inviter un·e chargé·e de coopération"));
        fullScreenshot("authority-officers");
    }

    /**
     * A person is their token's {@code sub}: an HR of Uzès invites an officer (a record naming its login),
     * an administrator renames its login in Keycloak, the HR signs in with the new login and finds its
     * records, under its name, audited as a rename.
     */
    @Test
    void aUserRenamedInKeycloakKeepsTheirRecords() {
        String before = "rh.avant.uzes";
        String after = "rh.apres.uzes";
        String officer = "coop.invitee.renommage";
        KeycloakUsers keycloak = KeycloakUsers.ofTestKeycloak();
        keycloak.delete(before, after, officer);
        keycloak.create(before, "Rémi", "Renommé", "authority-hr", "200034379");
        keycloak.setPassword(before, PASSWORD);

        signInAs(before);
        browser.open(portal.baseUrl() + "/collectivite/agents.xhtml");
        text("newAccount:username", officer);
        text("newAccount:firstName", "Inès");
        text("newAccount:lastName", "Invitée");
        text("newAccount:email", officer + "@demo.ctg-portal.invalid");
        text("newAccount:createReason", "arrivée");
        browser.driver().findElement(By.id("newAccount:create")).click();
        browser.waitForText(By.id("messages"), "L’invitation est envoyée");
        assertEquals(1, number("select count(*) from audit_event where actor = ? and action = 'ACCOUNT_CREATED'",
                before));

        keycloak.rename(before, after);
        switchTo(after);
        assertTrue(browser.pageText().contains("CC Pays d'Uzès"), browser.pageText());
        assertTrue(browser.pageText().contains("Rémi Renommé"), "named, not by login: " + browser.pageText());
        assertEquals(1, number("select count(*) from audit_event where actor = ? and action = 'ACCOUNT_CREATED'",
                after), "the invitation follows the new login");
        assertEquals(0, number("select count(*) from audit_event where actor = ?", before));
        assertEquals(0, number("select count(*) from portal_user where username = ?", before));
        assertEquals("Rémi", string("select given_name from portal_user where username = ?", after));
        assertEquals(1, number("select count(*) from audit_event where action = 'ACCOUNT_RENAMED' and actor = ?",
                after));
        browser.open(portal.baseUrl() + "/collectivite/agents.xhtml");
        assertTrue(browser.pageText().contains("Inès Invitée"), "still the HR of Uzès's officers");
    }

    /**
     * Delegated administration: the Caf's manager lets Uzès's HR name HRs (the authority's form of the
     * administration area); Uzès's HR then names another HR of Uzès from its officers' page.
     */
    @Test
    void allowedByTheCafAnHrNamesAnotherHrOfItsAuthority() {
        String named = "rh.nommee.uzes";
        KeycloakUsers.ofTestKeycloak().delete(named);
        try {
            signInAs("direction.caf");
            browser.open(portal.baseUrl() + "/admin/index.xhtml");
            browser.waitFor(By.cssSelector("#authority-200034379 [id$=':edit']")).click();
            browser.waitFor(By.id("authorityForm:hrDelegation"));
            text("authorityForm:reason", "la RH part en congé");
            browser.driver().findElement(By.id("authorityForm:hrDelegation")).click();
            browser.waitForText(By.id("messages"), "La modification est enregistrée.");
            assertEquals(1, number("select count(*) from authority where hr_may_name_hr and siren = ?", "200034379"));

            switchTo("rh.uzes");
            browser.open(portal.baseUrl() + "/collectivite/agents.xhtml");
            new Select(browser.waitFor(By.id("newAccount:role"))).selectByValue("authority-hr");
            text("newAccount:username", named);
            text("newAccount:firstName", "Noémie");
            text("newAccount:lastName", "Nommée");
            text("newAccount:email", named + "@demo.ctg-portal.invalid");
            text("newAccount:createReason", "remplaçante");
            browser.driver().findElement(By.id("newAccount:create")).click();
            browser.waitForText(By.id("messages"), "L’invitation est envoyée");
            assertTrue(browser.pageText().contains("Noémie Nommée"), browser.pageText());
            fullScreenshot("authority-names-hr");
        } finally {
            // the other tests read Uzès as the Caf left it: no delegation
            update("update authority set hr_may_name_hr = false where siren = ?", "200034379");
        }
    }
}
