package fr.ctgportal.web.security;

import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;

/**
 * Once per session of a signed-in user, asks the account use case to record the person named by the
 * verified token (name, e-mail, role) and, for an authority user, the authority it names, which the EJB
 * layer then uses to scope every query.
 */
@WebFilter(urlPatterns = "/*")
public class SignInSync extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String DONE = SignInSync.class.getName() + ".done";

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && Arrays.stream(Roles.ALL).anyMatch(request::isUserInRole)) {
            HttpSession session = request.getSession();
            if (session.getAttribute(DONE) == null) {
                accounts.recordSignIn();
                session.setAttribute(DONE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
