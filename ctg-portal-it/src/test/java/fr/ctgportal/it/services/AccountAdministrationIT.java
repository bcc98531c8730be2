package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
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
import fr.ctgportal.ejb.admin.AdminAuthority;
import fr.ctgportal.ejb.admin.ReferenceDataService;
import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.account.KeycloakAccounts;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.it.env.KeycloakUsers;
import fr.ctgportal.it.env.TestEnvironment;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeSet;
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
    static final String SECOND_HR = "rh2.essai.uzes";
    static final String ADVISOR = "cons.essai.portefeuille";
    static final String MAIL_DOMAIN = "@demo.ctg-portal.invalid";

    @EJB
    private AccountAdministration accounts;

    @EJB
    private ReferenceDataService referenceData;

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
        KeycloakUsers.ofTestKeycloak().delete(HR, OFFICER, SECOND_HR, ADVISOR);
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
        assertFalse(accounts.mayNameHr(), "the Caf has not let Uzès's HR name HR");
        refused("account.error.hrNotDelegated",
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

    private AdminAuthority uzes() {
        return referenceData.listAuthorities().stream().filter(a -> a.siren().equals(Demo.UZES)).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(5)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theCafLetsTheHrOfUzesNameAnotherHr() {
        long before = database().number("select count(*) from audit_event where action = 'DELEGATION_CHANGED'");
        refused("admin.error.reasonMissing",
                () -> referenceData.letHrNameHr(uzes().id(), uzes().version(), true, " "));
        referenceData.letHrNameHr(uzes().id(), uzes().version(), true, "la RH part en congé");
        assertTrue(uzes().hrMayNameHr());
        assertEquals(before + 1,
                database().number("select count(*) from audit_event where action = 'DELEGATION_CHANGED'"));
    }

    @Test
    @Order(6)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void allowedTheHrOfUzesNamesAnHrOfUzesOnly() {
        database().member("rh.uzes", Demo.UZES);
        assertTrue(accounts.mayNameHr());
        assertThrows(NotFoundException.class,
                () -> accounts.createAccount(input(SECOND_HR, AUTHORITY_HR, Demo.ALES), "x"), "another authority");
        refused("account.error.roleNotDelegated", () -> accounts.createAccount(input(SECOND_HR, CAF_MANAGER, null),
                "x"));
        refused("account.error.roleNotDelegated", () -> accounts.createAccount(input(SECOND_HR, ADMIN, null), "x"));
        assertFalse(keycloak().user(SECOND_HR).isPresent(), "nothing created by the refusals");

        accounts.createAccount(input(SECOND_HR, AUTHORITY_HR, null), "remplaçante pendant le congé");

        KeycloakAccounts.KeycloakUser user = keycloak().user(SECOND_HR).orElseThrow();
        assertEquals(Demo.UZES, user.authority());
        assertEquals(List.of(AUTHORITY_HR), keycloak().realmRoles(user.id()).stream()
                .filter(r -> List.of(fr.ctgportal.ejb.security.Roles.ALL).contains(r)).toList());
        List<Account> seen = accounts.listAccounts();
        assertTrue(seen.stream().anyMatch(a -> a.username().equals(SECOND_HR) && AUTHORITY_HR.equals(a.role())),
                seen.toString());
        assertTrue(seen.stream().allMatch(a -> Demo.UZES.equals(a.authoritySiren())), "only Uzès: " + seen);
        assertThrows(NotFoundException.class, () -> accounts.disableAccount(SECOND_HR, "x"),
                "an HR disables officers only");
    }

    @Test
    @Order(7)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void theCafWithdrawsItsPermission() {
        referenceData.letHrNameHr(uzes().id(), uzes().version(), false, "la RH est revenue");
        assertFalse(uzes().hrMayNameHr());
        assertEquals("la RH est revenue", database().text("select reason from audit_event where action = "
                + "'DELEGATION_CHANGED' order by id desc limit 1"));
    }

    @Test
    @Order(8)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void withdrawnTheHrOfUzesNamesNoHr() {
        database().member("rh.uzes", Demo.UZES);
        assertFalse(accounts.mayNameHr());
        refused("account.error.hrNotDelegated",
                () -> accounts.createAccount(input("rh3.essai.uzes", AUTHORITY_HR, null), "x"));
        assertTrue(accounts.listAccounts().stream().noneMatch(a -> AUTHORITY_HR.equals(a.role())),
                "HRs are listed only where the Caf lets the HR name them");
    }

    @Test
    @Order(9)
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void theAdministratorCreatesAnAdvisorWithTheirPortfolio() {
        long uzes = database().territoryOf(Demo.UZES);
        long ales = database().territoryOf(Demo.ALES);
        LocalDate today = LocalDate.now();
        refused("account.error.portfolioOnlyForAdvisors", () -> accounts.createAccount(new AccountInput(OFFICER + "x",
                "Essai", "Coop", "x" + MAIL_DOMAIN, COOPERATION_OFFICER, Demo.UZES, List.of(uzes), today), "x"));
        refused("admin.error.assignmentInFuture", () -> accounts.createAccount(new AccountInput(ADVISOR, "Essai",
                "Conseil", ADVISOR + MAIL_DOMAIN, CAF_ADVISOR, null, List.of(uzes), today.plusDays(3)), "x"));
        assertFalse(keycloak().user(ADVISOR).isPresent(), "a refused portfolio creates no account");
        assertEquals(0, database().number("select count(*) from caf_advisor where username = ?", ADVISOR));

        accounts.createAccount(new AccountInput(ADVISOR, "Essai", "Conseil", ADVISOR + MAIL_DOMAIN, CAF_ADVISOR, null,
                List.of(uzes, ales), today.minusDays(2)), "nouvelle conseillère");

        assertTrue(keycloak().user(ADVISOR).isPresent());
        assertEquals(2, database().number("select count(*) from advisor_territory t join caf_advisor a on a.id = "
                + "t.advisor_id where a.username = ?", ADVISOR));
        assertEquals(ADVISOR + MAIL_DOMAIN,
                database().text("select email from caf_advisor where username = ?", ADVISOR));
        assertEquals(2, database().number("select count(*) from audit_event where action = 'PORTFOLIO_ASSIGNED' "
                + "and reason = 'nouvelle conseillère'"));
        refused("account.error.taken", () -> accounts.createAccount(new AccountInput(ADVISOR, "Essai", "Conseil",
                ADVISOR + MAIL_DOMAIN, CAF_ADVISOR, null, List.of(), today), "again"));
    }

    /**
     * Every login column of the schema (by convention a VARCHAR(100); the MIME type of a document is the
     * one other) is one the records of a renamed person follow ({@link People#LOGIN_COLUMNS}).
     */
    @Test
    @Order(10)
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void everyLoginColumnFollowsARenamedPerson() {
        String columns = database().text("select group_concat(concat(table_name, '.', column_name) separator ',') "
                + "from information_schema.columns where table_schema = database() and data_type = 'varchar' "
                + "and character_maximum_length = 100 and table_name <> 'flyway_schema_history'");
        TreeSet<String> found = new TreeSet<>(Arrays.asList(columns.toLowerCase().split(",")));
        found.remove("stored_document.content_type");
        found.remove("portal_user.username");
        assertEquals(found, new TreeSet<>(People.LOGIN_COLUMNS));
    }
}
