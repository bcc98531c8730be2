package fr.ctgportal.web.security;

import fr.ctgportal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * What a signed-in page tells its session script (resources/js/session.js): how long the session
 * lasts without a request, and whether this page is the one the user comes back to after an
 * expired session or page, in which case the script puts back what they had typed.
 */
@Named("sessionKeeper")
@RequestScoped
public class SessionKeeper {

    /**
     * Flash or session attribute: this page follows an expired page (set by the exception handler)
     * or a new sign-in that brought the user back to where they were (set by {@link CallbackServlet}).
     */
    public static final String RESUME = "ctg.resume";

    private Boolean resuming;

    /** The session's idle timeout in seconds (30 minutes from web.xml in production). */
    public int getTimeoutSeconds() {
        Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session instanceof HttpSession s ? s.getMaxInactiveInterval() : 1800;
    }

    /**
     * True once, on the first page rendered after an expiry. After a new sign-in, also says so at
     * the top of the page (the header is rendered before the messages, so the message shows).
     */
    public boolean isResuming() {
        if (resuming == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            boolean afterSignIn = external.getSessionMap().remove(RESUME) != null;
            if (afterSignIn) {
                Messages.info("session.resumed");
            }
            resuming = afterSignIn || Boolean.TRUE.equals(external.getFlash().get(RESUME));
        }
        return resuming;
    }
}
