package fr.ctgportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;

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
    private Config config;

    public String getProviderUri() { return setting("provider-uri", "http://localhost:8180/realms/ctg"); }
    public String getClientId() { return setting("client-id", "ctg-portal"); }
    public String getClientSecret() { return setting("client-secret", "ctg-portal-dev-secret"); }

    private String setting(String name, String byDefault) {
        return config.getOptionalValue("ctg.oidc." + name, String.class).orElse(byDefault);
    }
}
