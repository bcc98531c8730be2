package fr.ctgportal.web.home;

import fr.ctgportal.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page sends each user to their own area. */
@Named("home")
@RequestScoped
public class HomeView {

    @Inject
    private CurrentUser user;

    public String route() {
        if (user.isCafUser()) {
            return "/caf/index?faces-redirect=true";
        }
        if (user.isAuthorityUser()) {
            return "/collectivite/index?faces-redirect=true";
        }
        if (user.isAdmin()) {
            return "/admin/index?faces-redirect=true";
        }
        return null; // no portal role: the home page says so
    }
}
