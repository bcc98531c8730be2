package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.admin.Account;
import fr.ctgportal.ejb.admin.AccountAdministration;
import fr.ctgportal.ejb.admin.AccountInput;
import fr.ctgportal.ejb.account.KeycloakAccounts;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.it.env.KeycloakUsers;
import fr.ctgportal.it.env.TestEnvironment;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accounts through Keycloak's Admin REST API (issue 15), against the real Keycloak of the tests: the
 * administrator creates an HR of Uzès (the user exists with the authority attribute and the role, and
 * Keycloak's e-mail to set a password reaches the tests' SMTP server); the HR of Uzès invites an officer
 * of Uzès and is refused for Alès and for a Caf role, lists only its officers, disables one; the
 * administrator re-enables it. Keycloak's errors are French messages. The test's users are deleted from
 * Keycloak first, so that the test can run again against the same Keycloak data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountAdministrationIT extends DeployedServices {

    static final String HR = "rh.essai.uzes";
    static final String OFFICER = "coop.essai.uzes";
    static final String MAIL_DOMAIN = "@demo.ctg-portal.invalid";

    @EJB
    private AccountAdministration accounts;

    private static KeycloakAccounts keycloak() {
        return CDI.current().select(KeycloakAccounts.class).get();
    }

    private static AccountInput input(String username, String role, String siren) {
        return new AccountInput(username, "Essai", username.startsWith("rh") ? "Rh" : "Coop", username + MAIL_DOMAIN,
                role, siren);
    }

    @Test
    @Order(0)
    @RunAsClient
    void keycloakIsRunningWithoutTheTestsUsers() {
        KeycloakUsers.ofTestKeycloak().delete(HR, OFFICER);
    }

    @Test
    @Order(1)
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void theAdministratorCreatesAnHrOfUzes() {
        refused("account.error.authorityMissing", () -> accounts.createAccount(input(HR, AUTHORITY_HR, null), "x"));
        refused("admin.error.sirenInvalid", () -> accounts.createAccount(input(HR, AUTHORITY_HR, "200034378"), "x"));
        refused("account.error.emailInvalid", () -> accounts.createAccount(
                new AccountInput(HR, "Essai", "Rh", "pas-une-adresse", AUTHORITY_HR, Demo.UZES), "x"));
        refused("admin.error.reasonMissing", () -> accounts.createAccount(input(HR, AUTHORITY_HR, Demo.UZES), " "));
        long before = database().number("select count(*) from audit_event where action = 'ACCOUNT_CREATED'");

        accounts.createAccount(input(HR, AUTHORITY_HR, Demo.UZES), "nouvelle responsable RH");

        KeycloakAccounts.KeycloakUser user = keycloak().user(HR).orElseThrow();
        assertEquals(Demo.UZES, user.authority(), "the authority attribute, mapped to the token's claim");
        assertEquals(List.of(AUTHORITY_HR), keycloak().realmRoles(user.id()).stream()
                .filter(r -> List.of(fr.ctgportal.ejb.security.Roles.ALL).contains(r)).toList());
        assertTrue(user.enabled());
        assertEquals(before + 1,
                database().number("select count(*) from audit_event where action = 'ACCOUNT_CREATED'"));
        assertEquals("nouvelle responsable RH", database().text("select reason from audit_event where action = "
                + "'ACCOUNT_CREATED' order by id desc limit 1"));
        Account listed = accounts.listAccounts().stream().filter(a -> a.username().equals(HR)).findFirst()
                .orElseThrow();
        assertEquals(AUTHORITY_HR, listed.role());
        assertEquals("CC Pays d'Uzès", listed.authorityName().replace('’', '\''));

        refused("account.error.taken", () -> accounts.createAccount(input(HR, AUTHORITY_HR, Demo.UZES), "again"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void keycloakEmailedTheLinkToSetThePassword() {
        var mail = TestEnvironment.mailbox().awaitMail(HR + MAIL_DOMAIN, null, Duration.ofSeconds(30));
        assertTrue(mail.textBody().contains("UPDATE_PASSWORD") || mail.textBody().contains("execute-actions")
                || mail.textBody().contains("action-token"), mail.textBody());
    }

    @Test
    @Order(3)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void theHrOfUzesInvitesItsOfficersOnly() {
        database().member("rh.uzes", Demo.UZES);
        assertThrows(NotFoundException.class,
                () -> accounts.createAccount(input(OFFICER, COOPERATION_OFFICER, Demo.ALES), "x"));
        refused("account.error.roleNotDelegated",
                () -> accounts.createAccount(input(OFFICER, CAF_ADVISOR, null), "x"));
        refused("account.error.roleNotDelegated",
                () -> accounts.createAccount(input(OFFICER, AUTHORITY_HR, Demo.UZES), "x"));
        assertFalse(keycloak().user(OFFICER).isPresent(), "nothing created by the refusals");

        accounts.createAccount(input(OFFICER, COOPERATION_OFFICER, Demo.UZES), "nouveau chargé de coopération");
        assertEquals(Demo.UZES, keycloak().user(OFFICER).orElseThrow().authority());

        List<Account> seen = accounts.listAccounts();
        assertTrue(seen.stream().anyMatch(a -> a.username().equals(OFFICER)), seen.toString());
        assertTrue(
                seen.stream()
                        .allMatch(a -> COOPERATION_OFFICER.equals(a.role()) && Demo.UZES.equals(a.authoritySiren())),
                "only Uzès's officers: " + seen);

        assertThrows(NotFoundException.class, () -> accounts.disableAccount("coop.ales", "x"));
        assertThrows(NotFoundException.class, () -> accounts.disableAccount(HR, "x"), "not an officer");
        assertThrows(NotFoundException.class, () -> accounts.disableAccount("direction.caf", "x"));
        assertThrows(NotFoundException.class, () -> accounts.disableAccount("nobody.here", "x"));
        assertTrue(keycloak().user("coop.ales").orElseThrow().enabled(), "Alès's officer untouched");

        accounts.disableAccount(OFFICER, "a quitté la collectivité");
        assertFalse(keycloak().user(OFFICER).orElseThrow().enabled());
        assertFalse(accounts.listAccounts().stream().filter(a -> a.username().equals(OFFICER)).findFirst()
                .orElseThrow().enabled());
    }

    @Test
    @Order(4)
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void theAdministratorReEnablesAndDisablesAnyAccount() {
        refused("account.error.disableSelf", () -> accounts.disableAccount("admin.ctg", "x"));
        accounts.enableAccount(OFFICER, "revenu dans la collectivité");
        assertTrue(keycloak().user(OFFICER).orElseThrow().enabled());
        accounts.disableAccount(HR, "essai terminé");
        assertFalse(keycloak().user(HR).orElseThrow().enabled());
        accounts.enableAccount(HR, "essai repris");
        assertTrue(keycloak().user(HR).orElseThrow().enabled());
        assertEquals("essai repris", database().text("select reason from audit_event where action = "
                + "'ACCOUNT_ENABLED' order by id desc limit 1"));
        assertThrows(NotFoundException.class, () -> accounts.enableAccount("nobody.here", "x"));
    }
}
