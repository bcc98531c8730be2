package fr.ctgportal.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Gives every request of a signed-in session its caller's groups again, from the session's ID and access
 * tokens that the OpenID Connect mechanism verified at sign-in (issue 17: 1-14 % of concurrent requests
 * were refused although the user had the role).
 *
 * <p>Why: on each request after sign-in, Payara 6's OpenID Connect mechanism (Soteria 3.0.3.payara-p2)
 * hands the container only the session's caller principal, and Payara finds the caller's groups by looking
 * up the session's principal in the thread's current security context
 * ({@code JaspicRealm.setAdditionalPrincipalInContext}, read by
 * {@code BaseContainerCallbackHandler.processCallerPrincipal}). A request thread without a context of its
 * own uses the server's default security context, one object shared by all threads: another request sets
 * its own session principal there, or clears it, in between, and the caller is then authenticated with no
 * group, which the pages' constraints and the use cases' {@code @RolesAllowed} refuse. (The principal found
 * must be the very object of this session, so another user's groups are never taken: the race loses roles,
 * it does not mix users.) Payara fixed it in 7.2026.2 (FISH-7515, "Concurrency issues causing HTTP 403");
 * no Payara 6 release has the fix.
 *
 * <p>The groups are the verified tokens' {@code groups} claim, read as the mechanism reads them at sign-in
 * (the access token's, else the ID token's), nothing the request sends. When the tokens name another caller
 * than the session's principal (which should never happen), nothing is added and the mismatch is logged.
 * Without tokens in this session (a session taken over from another node, see {@link SignInSync}), the
 * mechanism's answer is left as it is.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class SessionCallerGroups implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionCallerGroups.class.getName());

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Principal signedIn = request.getUserPrincipal();
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (signedIn == null || status != AuthenticationStatus.SUCCESS) {
            return status; // signing in (the mechanism gives the groups itself), or not signed in
        }
        List<String> groups = verifiedGroups(signedIn.getName());
        if (!groups.isEmpty()) {
            try {
                context.getHandler().handle(new Callback[]{
                        new GroupPrincipalCallback(context.getClientSubject(), groups.toArray(String[]::new))});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException("The caller's groups could not be given to the container", e);
            }
        }
        return status;
    }

    /** @return the groups of the session's verified tokens; none when there are none or they name another caller */
    private List<String> verifiedGroups(String caller) {
        JwtClaims identity;
        JwtClaims access;
        try {
            if (openIdContext.isUnsatisfied() || openIdContext.get().getIdentityToken() == null) {
                return List.of();
            }
            identity = openIdContext.get().getIdentityToken().getJwtClaims();
            access = openIdContext.get().getAccessToken() == null
                    ? JwtClaims.NONE
                    : openIdContext.get().getAccessToken().getJwtClaims();
        } catch (RuntimeException noOpenIdConnectSession) {
            return List.of();
        }
        String named = identity.getStringClaim(OidcLogin.CALLER_NAME_CLAIM)
                .or(() -> access.getStringClaim(OidcLogin.CALLER_NAME_CLAIM)).orElse(null);
        if (!caller.equals(named)) {
            LOG.log(Level.SEVERE, "The session''s principal {0} is not the caller its tokens name ({1}): no role given",
                    new Object[]{caller, named});
            return List.of();
        }
        List<String> groups = access.getArrayStringClaim(OidcLogin.GROUPS_CLAIM);
        return groups.isEmpty() ? identity.getArrayStringClaim(OidcLogin.GROUPS_CLAIM) : groups;
    }
}
