package fr.ctgportal.web.security;

import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.security.Roles;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once per session, records the authority named by the verified token ({@code authority} claim)
 * as the user's membership, which the EJB layer uses to scope every query.
 */
@WebFilter(urlPatterns = "/*")
public class SignInSync extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInSync.class.getName());
    private static final String DONE = SignInSync.class.getName() + ".done";

    @Inject
    private Instance<OpenIdContext> openIdContext;

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && (request.isUserInRole(Roles.AUTHORITY_HR) || request.isUserInRole(Roles.COOPERATION_OFFICER))) {
            HttpSession session = request.getSession();
            if (session.getAttribute(DONE) == null) {
                accounts.recordSignIn(authorityClaim());
                session.setAttribute(DONE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    private Set<String> authorityClaim() {
        try {
            return new HashSet<>(openIdContext.get().getIdentityToken().getJwtClaims().getArrayStringClaim("authority"));
        } catch (RuntimeException e) {
            // Not signed in through OpenID Connect: no claim, no membership change.
            LOG.log(Level.FINE, "no authority claim", e);
            return Set.of();
        }
    }
}
