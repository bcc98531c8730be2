package fr.ctgportal.web.admin;

import fr.ctgportal.ejb.admin.Account;
import fr.ctgportal.ejb.admin.AccountAdministration;
import fr.ctgportal.ejb.admin.AccountInput;
import fr.ctgportal.ejb.admin.AdminTerritory;
import fr.ctgportal.ejb.admin.ReferenceDataService;
import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The accounts, kept in Keycloak: every account for an administrator ({@code /admin/comptes.xhtml}:
 * create one of any role, an advisor with their portfolio, disable, re-enable), the cooperation officers
 * of its authority for an HR ({@code /collectivite/agents.xhtml}: invite, disable; name another HR where
 * the Caf allows it). Both pages create accounts with one form ({@code WEB-INF/fragments/account-form.xhtml}). Each change carries a reason; Keycloak's
 * refusals and failures are shown as French messages.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private Clock clock;

    private List<Account> accounts = List.of();

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String role = Roles.COOPERATION_OFFICER;
    private String authoritySiren;
    private List<Long> portfolio = new java.util.ArrayList<>();
    private LocalDate portfolioFrom;
    /** The reason of the creation form; the list's disable and enable buttons have their own. */
    private String createReason;
    private String stateReason;

    private boolean administrator;
    private boolean mayNameHr;
    private List<AdminTerritory> territories = List.of();

    @PostConstruct
    void load() {
        administrator = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
        portfolioFrom = LocalDate.now(clock);
        try {
            if (administrator) {
                territories = referenceData.listTerritories();
            } else {
                mayNameHr = administration.mayNameHr();
            }
            accounts = administration.listAccounts();
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments()); // Keycloak down: the page still opens
        }
    }

    /** The portal roles the caller may give: every one (administrator), officer or HR (an HR the Caf allows). */
    public List<String> getRoles() {
        return administrator ? List.of(Roles.ALL) : List.of(Roles.COOPERATION_OFFICER, Roles.AUTHORITY_HR);
    }

    /**
     * Creates the account of the form (an HR: for its own authority, an officer unless it chose HR).
     *
     * @param doneKey the message key told on success
     */
    public String create(String doneKey) {
        String chosenRole = administrator || mayNameHr ? role : Roles.COOPERATION_OFFICER;
        return Actions.run(doneKey, () -> administration.createAccount(new AccountInput(username, firstName,
                lastName, email, chosenRole, administrator ? authoritySiren : null,
                Roles.CAF_ADVISOR.equals(chosenRole) ? portfolio : List.of(), portfolioFrom), createReason), "");
    }

    public String disable(Account account) {
        return Actions.run("account.disabled", () -> administration.disableAccount(account.username(), stateReason),
                "");
    }

    public String enable(Account account) {
        return Actions.run("account.enabled.done",
                () -> administration.enableAccount(account.username(), stateReason), "");
    }

    public boolean isMayNameHr() { return mayNameHr; }
    public List<AdminTerritory> getTerritories() { return territories; }
    public List<Long> getPortfolio() { return portfolio; }
    public void setPortfolio(List<Long> portfolio) { this.portfolio = portfolio; }
    public LocalDate getPortfolioFrom() { return portfolioFrom; }
    public void setPortfolioFrom(LocalDate portfolioFrom) { this.portfolioFrom = portfolioFrom; }
    public String getCreateReason() { return createReason; }
    public void setCreateReason(String createReason) { this.createReason = createReason; }
    public String getStateReason() { return stateReason; }
    public void setStateReason(String stateReason) { this.stateReason = stateReason; }

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

}
