package fr.ctgportal.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
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
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInCallbackGuard implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignInCallbackGuard.class.getName());

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
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
}
