package fr.ctgportal.it.browser;

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
}
