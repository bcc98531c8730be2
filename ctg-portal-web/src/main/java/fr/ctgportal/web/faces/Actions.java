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
        return run(successKey, action, query, null);
    }

    /**
     * As {@link #run(String, Runnable, String)}, for a form with a file input: a refused file
     * (by the page or by the document store) is told next to that input.
     *
     * @param fileField the file input's client id, e.g. {@code report:pdf}; null without one
     */
    public static String run(String successKey, Runnable action, String query, String fileField) {
        if (!attempt(action, fileField)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(successKey);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query);
    }

    /**
     * Runs one step of a page action and shows its refusal, if any, without navigating.
     *
     * @return whether it succeeded
     */
    public static boolean attempt(Runnable action, String fileField) {
        try {
            action.run();
            return true;
        } catch (Uploads.Refused e) {
            Messages.fieldError(e.field(), Messages.text(e.messageKey(), e.arguments()));
        } catch (PortalException e) {
            if (fileField != null && e.getMessageKey().startsWith("document.error.")) {
                Messages.fieldError(fileField, Messages.text(e.getMessageKey(), e.getArguments()));
            } else {
                Messages.error(e.getMessageKey(), e.getArguments());
            }
        }
        return false;
    }
}
