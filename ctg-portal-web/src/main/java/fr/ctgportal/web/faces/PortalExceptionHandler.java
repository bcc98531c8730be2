package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.web.security.SessionKeeper;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.csp.CspException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception reaching the view into something a user understands: a French message for
 * a refusal, the 403/404 pages (a use case's refusal logged with the user and the method, see
 * {@link AccessRefusals}), or the generic error page. No stack trace ever reaches the browser;
 * unexpected ones are logged with an incident number the user can quote.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            events.remove();
            handle(FacesContext.getCurrentInstance(), error);
        }
        getWrapped().handle();
    }

    private static void handle(FacesContext faces, Throwable error) {
        NotFoundException notFound = find(error, NotFoundException.class);
        PortalException refusal = find(error, PortalException.class);
        if (notFound != null) {
            Pages.notFound();
        } else if (find(error, EJBAccessException.class) != null) {
            AccessRefusals.refused((HttpServletRequest) faces.getExternalContext().getRequest(),
                    find(error, EJBAccessException.class));
            Pages.forbidden();
        } else if (refusal != null) {
            Messages.error(refusal.getMessageKey(), refusal.getArguments());
            faces.validationFailed();
        } else if (find(error, ViewExpiredException.class) != null) {
            reloadExpiredView(faces, find(error, ViewExpiredException.class));
        } else if (faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW || find(error, CspException.class) != null) {
            // A post whose view state (ViewState=stateless: the portal has no stateless view) or script
            // nonce (PrimeFaces' CSP mode) the portal never issued, forged or edited: not understood.
            LOG.log(Level.INFO, "Request refused (400): {0}", error.toString());
            Pages.sendError(400);
        } else {
            String incident = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            LOG.log(Level.SEVERE, "Incident " + incident, error);
            faces.getExternalContext().getRequestMap().put("ctg.incident", incident);
            Pages.sendError(500);
        }
    }

    /**
     * Sends the browser back to the page it was on, new, with a French explanation; the page's
     * session script then puts back what the user had typed (the flag says the post was lost).
     */
    private static void reloadExpiredView(FacesContext faces, ViewExpiredException expired) {
        var external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.getFlash().put(SessionKeeper.RESUME, Boolean.TRUE);
        Messages.error("error.viewExpired");
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString().replace(request.getRequestURI(), "") + request.getContextPath()
                + "/";
        String referer = external.getRequestHeaderMap().get("Referer");
        String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
        try {
            // Back to the same page (with its query string) when the browser says where it was, on this portal only.
            external.redirect(
                    referer != null && referer.startsWith(base) ? referer : external.getRequestContextPath() + view);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
