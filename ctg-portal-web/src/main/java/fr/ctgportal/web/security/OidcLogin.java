package fr.ctgportal.web.security;

import fr.ctgportal.ejb.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Login through the realm's OpenID Connect provider. Keycloak writes the realm roles into a flat
 * {@code groups} claim (Jakarta's OIDC cannot read {@code realm_access.roles}); groups map to the
 * portal roles of the same name.
 */
@ApplicationScoped
@DeclareRoles({Roles.AUTHORITY_HR, Roles.COOPERATION_OFFICER, Roles.CAF_ADVISOR, Roles.CAF_MANAGER, Roles.ADMIN})
@OpenIdAuthenticationMechanismDefinition(
        // Development values; Payara takes the real ones from MicroProfile Config
        // (payara.security.openid.*, see META-INF/microprofile-config.properties).
        providerURI = "http://localhost:8180/realms/ctg",
        clientId = "ctg-portal",
        clientSecret = "ctg-portal-dev-secret",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class OidcLogin {
}
