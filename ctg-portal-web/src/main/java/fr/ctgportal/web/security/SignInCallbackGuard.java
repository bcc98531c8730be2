package fr.ctgportal.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a forged or replayed sign-in callback ({@code /Callback?code=...&state=...} that no sign-in of
 * this session started) from failing inside Payara's OpenID Connect mechanism, which then answers 500
 * with an empty page: such a request goes on unauthenticated, and {@link CallbackServlet} answers it
 * with the French "sign-in interrupted" page (401). The same for a real callback that the mechanism
 * cannot complete (e.g. the provider's keys out of reach): the user signs in again from there.
 *
 * <p>On several nodes, it also keeps a signed-in user signed in when the node that served them stops: the
 * session is replicated but Payara's OpenID Connect context is not (not serializable), and the mechanism
 * fails on its empty context. When the session holds a {@link SignedInCaller} and the context holds no
 * token, the caller is re-established from that copy for the request instead.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInCallbackGuard implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignInCallbackGuard.class.getName());

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        SignedInCaller kept = SignedInCaller.keptIn(request);
        if (kept != null && !CallbackServlet.isCallback(request) && noTokens()) {
            return context.notifyContainerAboutLogin(kept.name(), kept.groups());
        }
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (!CallbackServlet.isCallback(request)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Sign-in callback not completed (forged, replayed, or provider unreachable): {0}",
                    e.toString());
            return context.doNothing();
        }
    }

    /** Whether this session's OpenID Connect context holds no token: it was not replicated to this node. */
    private boolean noTokens() {
        try {
            return openIdContext.isUnsatisfied() || openIdContext.get().getAccessToken() == null;
        } catch (RuntimeException contextNotAvailable) {
            return true;
        }
    }
}
