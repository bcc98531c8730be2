package fr.ctgportal.web.security;

import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.account.CallerProfile;
import fr.ctgportal.ejb.security.Roles;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The signed-in user, for the page header and the home page's routing. */
@Named("currentUser")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private CallerProfile profile;

    public CallerProfile getProfile() {
        if (profile == null) {
            profile = accounts.currentProfile();
        }
        return profile;
    }

    public boolean isAuthorityUser() { return has(Roles.AUTHORITY_HR) || has(Roles.COOPERATION_OFFICER); }

    public boolean isCafUser() { return has(Roles.CAF_ADVISOR) || has(Roles.CAF_MANAGER); }

    public boolean isAuthorityHr() { return has(Roles.AUTHORITY_HR); }

    public boolean isManager() { return has(Roles.CAF_MANAGER); }

    public boolean isAdmin() { return has(Roles.ADMIN); }

    /** What the header says the user works for: their authority, or the Caf. */
    public String getAffiliation() {
        CallerProfile p = getProfile();
        return p.authorityNames().isEmpty() ? null : String.join(", ", p.authorityNames());
    }

    private boolean has(String role) {
        return getProfile().roles().contains(role);
    }
}
