package fr.ctgportal.web.security;

import fr.ctgportal.ejb.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Login through the realm's OpenID Connect provider. Keycloak writes the realm roles into a flat
 * {@code groups} claim (Jakarta's OIDC cannot read {@code realm_access.roles}); groups map to the
 * portal roles of the same name. On each request after sign-in, {@link SessionCallerGroups} gives the
 * caller's groups to the container again (Payara 6 loses them for some concurrent requests).
 *
 * <p>Token lifetimes do not end the portal session: without a logout definition, the mechanism
 * neither refreshes nor checks the tokens once the user is signed in (Keycloak's 5-minute access
 * token is used only at sign-in). The HTTP session's idle timeout (30 minutes, web.xml) decides,
 * and resources/js/session.js keeps it alive while a page is in use. That keep-alive does not
 * extend Keycloak's own single sign-on session (30 minutes idle): after a long session, signing in
 * again may ask for the password, and the user is then brought back to their page.
 */
@ApplicationScoped
@DeclareRoles({Roles.AUTHORITY_HR, Roles.COOPERATION_OFFICER, Roles.CAF_ADVISOR, Roles.CAF_MANAGER, Roles.ADMIN})
@OpenIdAuthenticationMechanismDefinition(
        // Immediate EL (${...}): Payara's Soteria evaluates it; deferred #{...} is passed through as is.
        providerURI = "${ctgOidc.providerUri}", clientId = "${ctgOidc.clientId}", clientSecret = "${ctgOidc.clientSecret}", redirectURI = "${baseURL}/Callback",
        // Replaying the original request after the callback breaks JSF and EJB security on Payara 6:
        // the callback lands on CallbackServlet, which sends the user to their home page.
        redirectToOriginalResource = false,
        // The provider's signing keys are fetched at the first sign-in: 500 ms by default, too short for a
        // busy provider (the sign-in then fails, see SignInCallbackGuard).
        jwksConnectTimeout = 5000, jwksReadTimeout = 5000, scope = {"openid", "profile",
                "email"}, claimsDefinition = @ClaimsDefinition(callerNameClaim = OidcLogin.CALLER_NAME_CLAIM, callerGroupsClaim = OidcLogin.GROUPS_CLAIM))
public class OidcLogin {

    /** The tokens' claim that names the caller (their login). */
    static final String CALLER_NAME_CLAIM = "preferred_username";
    /** The tokens' claim with the caller's groups, which are the portal's roles of the same name. */
    static final String GROUPS_CLAIM = "groups";
}
