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

/**
 * Once per session of an authority user, asks the account use case to record the authority named
 * by the verified token, which the EJB layer then uses to scope every query.
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
        if (request.getUserPrincipal() != null
                && (request.isUserInRole(Roles.AUTHORITY_HR) || request.isUserInRole(Roles.COOPERATION_OFFICER))) {
            HttpSession session = request.getSession();
            if (session.getAttribute(DONE) == null) {
                accounts.recordSignIn();
                session.setAttribute(DONE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
