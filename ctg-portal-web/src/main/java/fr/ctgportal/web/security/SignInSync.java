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
import java.util.Arrays;

/**
 * Once per session of a signed-in user, asks the account use case to record the person named by the
 * verified token (name, e-mail, role) and, for an authority user, the authority it names, which the EJB
 * layer then uses to scope every query.
 *
 * <p>Once per session of any user, it also keeps the ID token as a plain session attribute
 * ({@link #ID_TOKEN}), for the sign-out ({@link LogoutServlet}). On several nodes the session is
 * replicated, but Payara's OpenID Connect context (Soteria's {@code OpenIdContextImpl}, session-scoped)
 * is not serializable: the node that takes a session over has it empty, and could not end the user's
 * Keycloak session without this copy.
 */
@WebFilter(urlPatterns = "/*")
public class SignInSync extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String DONE = SignInSync.class.getName() + ".done";
    /** The session attribute with the ID token (a String), once signed in through OpenID Connect. */
    static final String ID_TOKEN = SignInSync.class.getName() + ".idToken";

    @Inject
    private AccountService accounts;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(ID_TOKEN) == null) {
                String idToken = idToken();
                if (idToken != null) {
                    session.setAttribute(ID_TOKEN, idToken);
                }
            }
        }
        if (request.getUserPrincipal() != null && Arrays.stream(Roles.ALL).anyMatch(request::isUserInRole)) {
            HttpSession session = request.getSession();
            if (session.getAttribute(DONE) == null) {
                accounts.recordSignIn();
                session.setAttribute(DONE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    /** The ID token of this session's OpenID Connect sign-in; null if none (test login, context empty). */
    private String idToken() {
        try {
            return openIdContext.isUnsatisfied() || openIdContext.get().getIdentityToken() == null
                    ? null
                    : openIdContext.get().getIdentityToken().getToken();
        } catch (RuntimeException notSignedInThroughOpenIdConnect) {
            return null;
        }
    }
}
