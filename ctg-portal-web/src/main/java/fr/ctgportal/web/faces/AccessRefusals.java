package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.security.Roles;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs every access refusal once, at WARNING, with the user (login), the roles the container gave them
 * for this request, and the page and, when a use case refused, its method: a refused user can then be
 * told why, and a refusal of a user who has the role (issue 17) is seen. The exception handler and the
 * download servlet call {@link #refused(HttpServletRequest, EJBAccessException)} when a use case refuses;
 * this filter logs the others when the 403 page answers them (a page's security constraint, the
 * operators' metrics).
 */
@WebFilter(urlPatterns = "/erreur/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class AccessRefusals extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());
    /** Request attribute: this request's refusal was logged. */
    private static final String LOGGED = AccessRefusals.class.getName() + ".logged";
    /** A no-interface view or a CDI proxy of a use case, as Payara and Weld name them. */
    private static final Pattern GENERATED = Pattern
            .compile("__EJB31_Generated__(\\w+?)__Intf____Bean__|\\$Proxy\\$.*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            log(request, null);
        }
        chain.doFilter(request, response);
    }

    /** Logs a use case's refusal of this request (its 403 page then logs nothing more). */
    public static void refused(HttpServletRequest request, EJBAccessException refusal) {
        log(request, methodOf(refusal));
    }

    private static void log(HttpServletRequest request, String method) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        Object errorPage = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String page = errorPage != null ? errorPage.toString() : request.getRequestURI();
        String[] roles = Arrays.stream(Roles.ALL).filter(request::isUserInRole).toArray(String[]::new);
        LOG.log(Level.WARNING, "Access refused (403) to {0} (roles {1}) on {2} {3}{4}",
                new Object[]{request.getRemoteUser() == null ? "an anonymous user" : request.getRemoteUser(),
                        Arrays.toString(roles), request.getMethod(), page, method == null ? "" : ", by " + method});
    }

    /** @return the use case's method that refused ({@code Class.method}), read from where it was thrown */
    static String methodOf(EJBAccessException refusal) {
        for (StackTraceElement frame : refusal.getStackTrace()) {
            if (frame.getClassName().startsWith("fr.ctgportal.ejb.")) {
                String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                Matcher generated = GENERATED.matcher(type);
                String bean = generated.find()
                        ? (generated.group(1) != null ? generated.group(1) : type.substring(0, generated.start()))
                        : type;
                return bean + "." + frame.getMethodName();
            }
        }
        return "a use case";
    }
}
