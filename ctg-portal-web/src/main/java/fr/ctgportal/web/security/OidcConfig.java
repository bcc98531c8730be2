package fr.ctgportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is, from MicroProfile Config (environment variables
 * {@code CTG_OIDC_PROVIDER_URI}, {@code CTG_OIDC_CLIENT_ID}, {@code CTG_OIDC_CLIENT_SECRET}).
 * The issuer must use the host name "localhost" in development: Keycloak's issuer follows the
 * host name used, and a token issued for 127.0.0.1 is refused by an app configured for localhost.
 */
@Named("ctgOidc")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "ctg.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/ctg")
    String providerUri;

    @Inject
    @ConfigProperty(name = "ctg.oidc.client-id", defaultValue = "ctg-portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "ctg.oidc.client-secret", defaultValue = "ctg-portal-dev-secret")
    String clientSecret;

    public String getProviderUri() { return providerUri; }
    public String getClientId() { return clientId; }
    public String getClientSecret() { return clientSecret; }
}
