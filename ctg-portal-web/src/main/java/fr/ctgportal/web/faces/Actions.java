package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.platform.PortalException;
import jakarta.faces.context.FacesContext;

/**
 * The one way a page runs a use case: a refusal shows its French message and keeps what the user
 * typed (no navigation); a success shows its message after a redirect to the same page, so that a
 * reload does not submit twice.
 */
public final class Actions {

    private Actions() {
    }

    /**
     * @param query the query string of the page to come back to, e.g. {@code "id=12"}, or empty
     * @return the navigation outcome
     */
    public static String run(String successKey, Runnable action, String query) {
        try {
            action.run();
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(successKey);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query);
    }
}
