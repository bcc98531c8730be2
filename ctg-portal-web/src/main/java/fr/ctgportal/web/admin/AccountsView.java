package fr.ctgportal.web.admin;

import fr.ctgportal.ejb.admin.Account;
import fr.ctgportal.ejb.admin.AccountAdministration;
import fr.ctgportal.ejb.admin.AccountInput;
import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The accounts, kept in Keycloak: every account for an administrator ({@code /admin/comptes.xhtml}:
 * create one of any role, disable, re-enable), the cooperation officers of its authority for an HR
 * ({@code /collectivite/agents.xhtml}: invite, disable). Each change carries a reason; Keycloak's
 * refusals and failures are shown as French messages.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    private List<Account> accounts = List.of();

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String role = Roles.COOPERATION_OFFICER;
    private String authoritySiren;
    private String reason;

    @PostConstruct
    void load() {
        try {
            accounts = administration.listAccounts();
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments()); // Keycloak down: the page still opens
        }
    }

    /** The portal roles an administrator may give. */
    public List<String> getRoles() { return List.of(Roles.ALL); }

    public String create() {
        return Actions.run("account.created", () -> administration.createAccount(new AccountInput(username,
                firstName, lastName, email, role, authoritySiren), reason), "");
    }

    /** An HR invites a cooperation officer of its own authority. */
    public String invite() {
        return Actions.run("account.invited", () -> administration.createAccount(new AccountInput(username,
                firstName, lastName, email, Roles.COOPERATION_OFFICER, null), reason), "");
    }

    public String disable(Account account) {
        return Actions.run("account.disabled", () -> administration.disableAccount(account.username(), reason), "");
    }

    public String enable(Account account) {
        return Actions.run("account.enabled.done", () -> administration.enableAccount(account.username(), reason), "");
    }

    public List<Account> getAccounts() { return accounts; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getAuthoritySiren() { return authoritySiren; }
    public void setAuthoritySiren(String authoritySiren) { this.authoritySiren = authoritySiren; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
