package fr.ctgportal.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the portal session and the identity provider's session too (RP-initiated logout), so that
 * the next person at the same computer has to sign in again. Both then come back to the portal's
 * configured address ({@link PortalAddress}).
 */
@WebServlet("/deconnexion")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OidcConfig config;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = null;
        try {
            idToken = openIdContext.get().getIdentityToken().getToken();
        } catch (RuntimeException e) {
            // no OpenID session here: only the local session is ended, unless SignInSync kept the token
        }
        // The mechanism keeps the tokens in the session: ending it signs out of the portal. (Its own
        // request.logout() commits a response of its own, which would prevent the redirect below.)
        HttpSession session = request.getSession(false);
        if (idToken == null && session != null && session.getAttribute(SignInSync.ID_TOKEN) instanceof String kept) {
            idToken = kept; // a session taken over from another node: its OpenID Connect context is not replicated
        }
        if (session != null) {
            session.invalidate();
        }
        // Signed out on purpose: the next sign-in starts from the home page.
        CallbackServlet.forgetReturnPage(request, response);
        // The configured address (CTG_PORTAL_URL), never the request's Host header, which anyone can set.
        String back = PortalAddress.configured().page("/au-revoir.xhtml");
        if (idToken == null) {
            response.sendRedirect(back);
            return;
        }
        response.sendRedirect(config.getProviderUri() + "/protocol/openid-connect/logout?client_id="
                + enc(config.getClientId()) + "&post_logout_redirect_uri=" + enc(back) + "&id_token_hint="
                + enc(idToken));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
